package vn.ngoso.figures;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Which records a {@link FigureSource} is asked about: some households, the teams of some
 * communes, everything under a unit's path, or everything.
 */
public sealed interface FigureScope {

	record Households(List<UUID> ids) implements FigureScope {
		public Households {
			ids = ids.stream().distinct().sorted().toList();
		}
	}

	/** The teams and members of these communes (a commune's teams are counted together). */
	record Communes(List<Long> ids) implements FigureScope {
		public Communes {
			ids = ids.stream().distinct().sorted().toList();
		}
	}

	/**
	 * Records of one kind, by id (an outreach session, a feedback item, a merchant...): only the
	 * source answering for the kind is asked about them.
	 */
	record Records(RecordKind kind, List<UUID> ids) implements FigureScope {
		public Records {
			ids = ids.stream().distinct().sorted().toList();
		}
	}

	record Under(String path) implements FigureScope {
	}

	record All() implements FigureScope {
	}

	static FigureScope households(Collection<UUID> ids) {
		return new Households(List.copyOf(ids));
	}

	static FigureScope household(UUID id) {
		return new Households(List.of(id));
	}

	static FigureScope records(RecordKind kind, Collection<UUID> ids) {
		return new Records(kind, List.copyOf(ids));
	}

	static FigureScope record(RecordKind kind, UUID id) {
		return new Records(kind, List.of(id));
	}

	static FigureScope communes(Collection<Long> ids) {
		return new Communes(List.copyOf(ids));
	}
}
