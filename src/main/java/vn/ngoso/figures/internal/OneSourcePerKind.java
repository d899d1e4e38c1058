package vn.ngoso.figures.internal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;
import vn.ngoso.figures.FigureSource;
import vn.ngoso.figures.RecordKind;

/**
 * Refuses to start unless every {@link RecordKind} has exactly one {@link FigureSource} answering
 * for it: with none, a write to such records would move no figure and nothing would say so; with
 * two, both would count them.
 */
@Component
class OneSourcePerKind implements SmartInitializingSingleton {

	private final ObjectProvider<FigureSource> sources;

	OneSourcePerKind(ObjectProvider<FigureSource> sources) {
		this.sources = sources;
	}

	@Override
	public void afterSingletonsInstantiated() {
		check(sources.orderedStream().toList());
	}

	static void check(List<FigureSource> sources) {
		List<String> problems = new ArrayList<>();
		for (RecordKind kind : RecordKind.values()) {
			List<String> answering = sources.stream().filter(s -> s.recordKinds().contains(kind))
				.map(s -> ClassUtils.getUserClass(s).getSimpleName()).toList();
			if (answering.isEmpty()) {
				problems.add(kind + " has no source");
			}
			else if (answering.size() > 1) {
				problems.add(kind + " has " + answering.size() + " sources (" + String.join(", ", answering) + ")");
			}
		}
		if (!problems.isEmpty()) {
			throw new IllegalStateException("Every kind of record needs exactly one figure source answering for it"
					+ " (FigureSource.recordKinds()): " + String.join("; ", problems));
		}
	}
}
