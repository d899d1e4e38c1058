package vn.ngoso.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.ngoso.indicators.internal.FigureFormat;

class FigureFormatTest {

	static final Locale VI = Locale.forLanguageTag("vi");

	@Test
	void vietnameseNumbersGroupThousandsWithDotsAndRatesUseADecimalComma() {
		assertThat(FigureFormat.format(new BigDecimal("1351439"), false, VI)).isEqualTo("1.351.439");
		assertThat(FigureFormat.format(new BigDecimal("998"), false, VI)).isEqualTo("998");
		assertThat(FigureFormat.format(BigDecimal.ZERO, false, VI)).isEqualTo("0");
		assertThat(FigureFormat.format(new BigDecimal("99.9"), true, VI)).isEqualTo("99,9%");
		assertThat(FigureFormat.format(new BigDecimal("100"), true, VI)).isEqualTo("100%");
		assertThat(FigureFormat.format(new BigDecimal("99.95"), true, VI)).isEqualTo("100%");
		assertThat(FigureFormat.format(new BigDecimal("99.85"), true, VI)).as("half up, as the tracked rates").isEqualTo("99,9%");
	}

	@Test
	void englishNumbersUseCommasAndADecimalPoint() {
		assertThat(FigureFormat.format(new BigDecimal("2275567"), false, Locale.ENGLISH)).isEqualTo("2,275,567");
		assertThat(FigureFormat.format(new BigDecimal("99.9"), true, Locale.ENGLISH)).isEqualTo("99.9%");
	}
}
