package vn.ngoso.households;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The 12-digit citizen ID (CCCD): 3 digits of the province of birth registration, 1 of century
 * and sex, 2 of birth year, 6 more.
 */
public final class CitizenId {

	/** Province codes of the 63 provinces that issued IDs before the 2025 merger. */
	static final Set<String> PROVINCES = Set.of("001", "002", "004", "006", "008", "010", "011", "012", "014", "015",
			"017", "019", "020", "022", "024", "025", "026", "027", "030", "031", "033", "034", "035", "036", "037",
			"038", "040", "042", "044", "045", "046", "048", "049", "051", "052", "054", "056", "058", "060", "062",
			"064", "066", "067", "068", "070", "072", "074", "075", "077", "079", "080", "082", "083", "084", "086",
			"087", "089", "091", "092", "093", "094", "095", "096");

	private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-]");

	private CitizenId() {
	}

	/** The number as stored, or empty if it is not 12 digits starting with a province code. */
	public static Optional<String> normalize(String input) {
		String digits = withoutSeparators(input);
		if (digits.length() != 12 || !digits.chars().allMatch(Character::isDigit)
				|| !PROVINCES.contains(digits.substring(0, 3))) {
			return Optional.empty();
		}
		return Optional.of(digits);
	}

	public static boolean hasTwelveDigits(String input) {
		String digits = withoutSeparators(input);
		return digits.length() == 12 && digits.chars().allMatch(Character::isDigit);
	}

	/** {@code 080******912}. */
	public static String mask(String id) {
		return id.substring(0, 3) + "******" + id.substring(9);
	}

	/** The input without what {@code SEPARATORS} matches; most inputs have none and come back as they are. */
	private static String withoutSeparators(String input) {
		for (int i = 0; i < input.length(); i++) {
			char c = input.charAt(i);
			if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '.' || c == '-') {
				return SEPARATORS.matcher(input).replaceAll("");
			}
		}
		return input;
	}
}
