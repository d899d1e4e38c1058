package vn.ngoso.figures.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.ngoso.figures.Figures;

/**
 * {@code --ngoso.recompute=true}: rebuild every live figure from the raw records, print how long
 * it took, and exit (status 0). For an operator after loading data by hand.
 */
@Component
@Order(200)
@ConditionalOnProperty(name = "ngoso.recompute", havingValue = "true")
class RecomputeCommand implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(RecomputeCommand.class);

	private final Figures figures;

	private final ConfigurableApplicationContext context;

	RecomputeCommand(Figures figures, ConfigurableApplicationContext context) {
		this.figures = figures;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		Figures.Recomputed done = figures.recompute();
		log.info("Live figures recomputed: {} rows in {} ms", done.rows(), done.millis());
		System.out.printf("Live figures recomputed: %,d rows in %.1f s%n", done.rows(), done.millis() / 1e3);
		System.exit(SpringApplication.exit(context, () -> 0));
	}
}
