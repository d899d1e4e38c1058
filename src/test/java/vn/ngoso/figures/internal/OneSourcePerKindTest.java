package vn.ngoso.figures.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.ngoso.figures.FigureScope;
import vn.ngoso.figures.FigureSource;
import vn.ngoso.figures.RecordKind;

/** The application starts only if every kind of record has exactly one figure source. */
class OneSourcePerKindTest {

	@Test
	void oneSourceForEachKindStarts() {
		List<FigureSource> sources = new ArrayList<>();
		for (RecordKind kind : RecordKind.values()) {
			sources.add(new Answering(Set.of(kind)));
		}
		sources.add(new Answering(Set.of()));
		assertThatCode(() -> OneSourcePerKind.check(sources)).doesNotThrowAnyException();
	}

	@Test
	void aKindWithoutASourceIsRefusedByName() {
		var sources = List.<FigureSource>of(new Answering(EnumSet.complementOf(EnumSet.of(RecordKind.MERCHANT))));
		assertThatThrownBy(() -> OneSourcePerKind.check(sources)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("MERCHANT has no source").hasMessageNotContaining("FEEDBACK");
	}

	@Test
	void aKindWithTwoSourcesIsRefusedNamingBoth() {
		var sources = List.<FigureSource>of(new Answering(EnumSet.allOf(RecordKind.class)),
				new Other(Set.of(RecordKind.FEEDBACK)));
		assertThatThrownBy(() -> OneSourcePerKind.check(sources)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("FEEDBACK has 2 sources (Answering, Other)").hasMessageNotContaining("MERCHANT");
	}

	@Test
	void noSourceAtAllNamesEveryKind() {
		assertThatThrownBy(() -> OneSourcePerKind.check(List.of())).hasMessageContaining("OUTREACH_SESSION has no source")
			.hasMessageContaining("SERVICE_DESK_DAY has no source").hasMessageContaining("FEEDBACK has no source")
			.hasMessageContaining("MERCHANT has no source");
	}

	private static class Answering implements FigureSource {

		private final Set<RecordKind> kinds;

		Answering(Set<RecordKind> kinds) {
			this.kinds = kinds;
		}

		@Override
		public Set<RecordKind> recordKinds() {
			return kinds;
		}

		@Override
		public Optional<String> contributions(FigureScope scope) {
			return Optional.empty();
		}
	}

	private static class Other extends Answering {

		Other(Set<RecordKind> kinds) {
			super(kinds);
		}
	}
}
