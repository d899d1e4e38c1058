package vn.ngoso.indicators.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LightTest {

	/** Green at or above the target, amber from 80% of it, red below; nothing without a value or a target. */
	@ParameterizedTest
	@CsvSource(nullValues = "-", value = { "80,80,GREEN", "95.5,80,GREEN", "79.9,80,AMBER", "64,80,AMBER",
			"63.9,80,RED", "0,80,RED", "50,50,GREEN", "40,50,AMBER", "39.9,50,RED", "-,80,-", "45,-,-" })
	void colourOfARateAgainstItsTarget(BigDecimal value, BigDecimal target, Light light) {
		assertThat(Light.of(value, target)).isEqualTo(light);
	}
}
