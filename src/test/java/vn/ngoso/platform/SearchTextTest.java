package vn.ngoso.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class SearchTextTest {

	@Test
	void foldDropsDiacriticsAndCase() {
		assertThat(SearchText.fold("Thành phố Tân An")).isEqualTo("thanh pho tan an");
		assertThat(SearchText.fold("Nguyễn Ngọc Trai")).isEqualTo("nguyen ngoc trai");
		assertThat(SearchText.fold("ĐỨC HÒA")).isEqualTo("duc hoa");
	}

	@Test
	void foldReadsDWithStrokeAsD() {
		assertThat(SearchText.fold("đ")).isEqualTo("d");
		assertThat(SearchText.fold("Đ")).isEqualTo("d");
		assertThat(SearchText.fold("Huyện Đức Hòa")).isEqualTo("huyen duc hoa");
		assertThat(SearchText.fold("đường Đông")).isEqualTo("duong dong");
	}

	@Test
	void foldIsTheSameForComposedDecomposedAndOldOrNewToneMarks() {
		String composed = "Hòa Bình";
		String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
		assertThat(decomposed).isNotEqualTo(composed);
		assertThat(SearchText.fold(decomposed)).isEqualTo(SearchText.fold(composed)).isEqualTo("hoa binh");
		assertThat(SearchText.fold("Hoà")).isEqualTo(SearchText.fold("Hòa"));
	}

	@Test
	void cleanStoresNfcTrimmedWithSingleSpaces() {
		String decomposed = Normalizer.normalize("  Nguyễn   Ngọc\tTrai \n", Normalizer.Form.NFD);
		String clean = SearchText.clean(decomposed);
		assertThat(clean).isEqualTo("Nguyễn Ngọc Trai");
		assertThat(Normalizer.isNormalized(clean, Normalizer.Form.NFC)).isTrue();
		assertThat(clean).hasSize(16);
	}

	@Test
	void cleanKeepsDiacritics() {
		assertThat(SearchText.clean("Ấp Cả Bản")).isEqualTo("Ấp Cả Bản");
	}

	@Test
	void containingMatchesTheFoldedQueryAnywhereAndItsWildcardsOnlyAsThemselves() {
		assertThat(SearchText.containing("Tân An")).isEqualTo("%tan an%");
		assertThat(SearchText.containing("%")).isEqualTo("%\\%%");
		assertThat(SearchText.containing("_")).isEqualTo("%\\_%");
		assertThat(SearchText.containing("100%_x\\")).isEqualTo("%100\\%\\_x\\\\%");
		assertThat(SearchText.likeLiteral("Ấp 2")).isEqualTo("Ấp 2");
	}
}
