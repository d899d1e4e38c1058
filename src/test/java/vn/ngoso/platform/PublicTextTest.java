package vn.ngoso.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Text shown to anyone: phones, citizen IDs (12 digits, and the old 9), e-mail addresses and the
 * names the text's owner is known by are masked, however they are written; the rest is left as it is.
 */
class PublicTextTest {

	@Test
	void mobileNumbersAreMaskedHoweverTheyAreWritten() {
		for (String phone : List.of("0912345678", "0912 345 678", "0912.345.678", "091-234-5678", "+84 912 345 678",
				"+84912345678", "(+84) 912 345 678", "84912345678")) {
			assertThat(PublicText.mask("Gọi " + phone + " giúp tôi.", List.of())).as(phone)
				.isEqualTo("Gọi 091****678 giúp tôi.");
		}
	}

	@Test
	void citizenIdsOldAndNewAreMasked() {
		assertThat(PublicText.mask("CCCD 080123456912, cấp 2021", List.of())).isEqualTo("CCCD 080******912, cấp 2021");
		assertThat(PublicText.mask("CCCD: 080 123 456 912.", List.of())).isEqualTo("CCCD: 080******912.");
		assertThat(PublicText.mask("CMND số 024123789", List.of())).isEqualTo("CMND số 024****89");
	}

	@Test
	void eMailAddressesKeepOnlyTheirFirstLetterAndDomain() {
		assertThat(PublicText.mask("Gửi về nguyen.mai88@gmail.com nhé", List.of()))
			.isEqualTo("Gửi về n***@gmail.com nhé");
		assertThat(PublicText.mask("hoặc 0912345678@yahoo.com.vn", List.of())).isEqualTo("hoặc 0***@yahoo.com.vn");
	}

	@Test
	void aKnownNameBecomesInitialsWhateverItsCaseOrDiacritics() {
		List<String> names = List.of("Trần Thị Mai");
		assertThat(PublicText.mask("Chị Trần Thị Mai đã được hướng dẫn.", names)).isEqualTo("Chị T.T.M. đã được hướng dẫn.");
		assertThat(PublicText.mask("TRẦN THỊ MAI, tran thi mai và Trần  Thị Mai", names))
			.isEqualTo("T.T.M., T.T.M. và T.T.M.");
		assertThat(PublicText.mask("Ngày mai Trần Thị đến", names)).as("only the whole name").isEqualTo("Ngày mai Trần Thị đến");
		assertThat(PublicText.mask("Đỗ Văn Đức gọi", List.of("Đỗ Văn Đức"))).isEqualTo("Đ.V.Đ. gọi");
	}

	@Test
	void ordinaryTextDatesAndSmallNumbersAreLeftAlone() {
		String text = "Ngày 12/05/2024 lúc 9.30, lệ phí 1.500.000 đồng, mã hồ sơ 12345678, ấp 3.";
		assertThat(PublicText.mask(text, List.of())).isEqualTo(text);
		assertThat(PublicText.mask(text, List.of(" ", "Mai"))).as("a one-word name is not matched: it is a common word too")
			.isEqualTo(text);
	}

	@Test
	void initialsOfAName() {
		assertThat(PublicText.initials("Nguyễn Ngọc Trai")).isEqualTo("N.N.T.");
		assertThat(PublicText.initials("  đặng  thu ")).isEqualTo("Đ.T.");
	}
}
