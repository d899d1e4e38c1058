package vn.ngoso.figures.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import vn.ngoso.figures.Figures;

/**
 * Folds the figure deltas of the units above the commune into their rows every second
 * ({@code ngoso.figures.fold-delay-ms}), so the rows a dashboard sums stay few. Readers add the
 * deltas not yet folded, so the figures are exact whenever it runs; on every node at once, all
 * but one skip. Off with {@code ngoso.figures.fold=false} (the deltas then only grow).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "ngoso.figures.fold", havingValue = "true", matchIfMissing = true)
class DeltaFolding {

	private final Figures figures;

	DeltaFolding(Figures figures) {
		this.figures = figures;
	}

	@Scheduled(fixedDelayString = "${ngoso.figures.fold-delay-ms:1000}", initialDelayString = "${ngoso.figures.fold-delay-ms:1000}")
	void fold() {
		figures.foldDeltas();
	}
}
