package vn.ngoso.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class UsernamesTest {

	@Test
	void everySpellingOfAnAccountComesOutTheSame() {
		assertThat(Usernames.normalise("  ADMIN ")).isEqualTo("admin");
		assertThat(Usernames.normalise("\u00a0Admin\u00a0")).as("no-break spaces").isEqualTo("admin");
		assertThat(Usernames.normalise("ＡＤＭＩＮ")).as("full-width letters").isEqualTo("admin");
		assertThat(Usernames.normalise(null)).isEmpty();
	}

	@Test
	void theServersLocaleDoesNotChangeTheCase() {
		Locale before = Locale.getDefault();
		try {
			Locale.setDefault(Locale.forLanguageTag("tr-TR"));
			assertThat(Usernames.normalise("ADMIN")).isEqualTo("admin");
		}
		finally {
			Locale.setDefault(before);
		}
	}
}
