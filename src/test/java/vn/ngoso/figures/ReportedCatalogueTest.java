package vn.ngoso.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import vn.ngoso.support.IntegrationTest;

/** The reported part of the catalogue: the population, and a name, definition and source for each in both languages. */
@IntegrationTest
class ReportedCatalogueTest {

	static final Locale VI = Locale.forLanguageTag("vi");

	@Autowired
	Indicators indicators;

	@Autowired
	MessageSource messages;

	@Test
	void thePopulationIsAStockReportedByTheStatisticsOffice() {
		Indicator population = indicators.find(Indicators.POPULATION).orElseThrow();
		assertThat(population.source()).isEqualTo(Source.STATISTICS);
		assertThat(population.measure()).isEqualTo(Measure.STOCK);
		assertThat(population.reported()).isTrue();
		assertThat(population.percent()).isFalse();
		assertThat(messages.getMessage(population.nameKey(), null, VI)).isEqualTo("Dân số");
		assertThat(messages.getMessage(population.nameKey(), null, Locale.ENGLISH)).isEqualTo("Population");
		assertThat(messages.getMessage("source.STATISTICS", null, VI)).isEqualTo("Cục Thống kê");
		assertThat(messages.getMessage("source.STATISTICS", null, Locale.ENGLISH)).isEqualTo("Statistics office");
	}

	@Test
	void everyReportedIndicatorHasANameADefinitionAndASourceInBothLanguages() {
		for (Indicator indicator : indicators.reported()) {
			for (Locale locale : new Locale[] { VI, Locale.ENGLISH }) {
				for (String key : new String[] { indicator.nameKey(), indicator.definitionKey(),
						"source." + indicator.source() }) {
					assertThat(messages.getMessage(key, null, null, locale)).as("%s in %s", key, locale).isNotBlank();
				}
			}
		}
	}
}
