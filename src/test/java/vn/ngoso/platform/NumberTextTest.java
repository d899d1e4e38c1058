package vn.ngoso.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Numbers as officers type them, in the form, the API and spreadsheets. */
class NumberTextTest {

	@Test
	void numbersInVietnameseAndEnglishNotation() {
		assertThat(NumberText.parse("1.351.439")).isEqualByComparingTo("1351439");
		assertThat(NumberText.parse("1351439")).isEqualByComparingTo("1351439");
		assertThat(NumberText.parse("99,9")).isEqualByComparingTo("99.9");
		assertThat(NumberText.parse("99,9%")).isEqualByComparingTo("99.9");
		assertThat(NumberText.parse("99.9")).isEqualByComparingTo("99.9");
		assertThat(NumberText.parse("1.351.439,5")).isEqualByComparingTo("1351439.5");
		assertThat(NumberText.parse("1,351,439")).isEqualByComparingTo("1351439");
		assertThat(NumberText.parse("1,351,439.5")).isEqualByComparingTo("1351439.5");
		assertThat(NumberText.parse(" 2 275 567 ")).isEqualByComparingTo("2275567");
		assertThat(NumberText.parse("1,351")).as("one comma is a decimal mark").isEqualByComparingTo("1.351");
		assertThat(NumberText.parse("-5")).isEqualByComparingTo("-5");
		assertThat(NumberText.parse("nhiều")).isNull();
		assertThat(NumberText.parse("1.2.3")).isNull();
		assertThat(NumberText.parse("")).isNull();
	}
}
