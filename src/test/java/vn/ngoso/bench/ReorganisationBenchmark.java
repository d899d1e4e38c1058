package vn.ngoso.bench;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.ngoso.figures.Figures;
import vn.ngoso.figures.TrackedFigures;
import vn.ngoso.territory.Reorganisations;

/**
 * The reorganisation steps of {@link LongAnBenchmark} alone, on the demo data (1,000 hamlets,
 * 998 teams, 480 households): a quick look that they work, and the fixed cost of the plan
 * without the province's records. {@code ./mvnw -Pbench test -Dtest=ReorganisationBenchmark}.
 */
@SpringBootTest(properties = { "ngoso.database.embedded.data-dir=target/pg-bench-reorg",
		"ngoso.database.embedded.clean=true", "ngoso.demo=true" })
@ActiveProfiles("test")
class ReorganisationBenchmark {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Reorganisations reorganisations;

	@Autowired
	Figures figures;

	@Autowired
	TrackedFigures tracked;

	@Autowired
	UserDetailsService users;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		BenchDatabase.durableIfAsked(registry);
	}

	@Test
	void theLongAnPlanOnTheDemoData() {
		List<String[]> table = new ArrayList<>();
		new ReorganisationBenchmarks(jdbc, reorganisations, figures, tracked, users, (m, r) -> table.add(
				new String[] { m, r[0], r[1] })).run();
		System.out.println(BenchDatabase.settings(jdbc) + "\n");
		System.out.println("| measure | result | notes |\n|---|---|---|");
		table.forEach(r -> System.out.printf("| %s | %s | %s |%n", r[0], r[1], r[2]));
	}
}
