package vn.ngoso.platform;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Vietnamese mobile numbers: 10 digits, a leading 0 and a prefix some network uses
 * (Viettel, VinaPhone, MobiFone, Vietnamobile, Gmobile, Itelecom).
 */
public final class PhoneNumber {

	private static final Set<String> PREFIXES = Set.of(
			"032", "033", "034", "035", "036", "037", "038", "039",
			"052", "056", "058", "059",
			"070", "076", "077", "078", "079",
			"081", "082", "083", "084", "085", "086", "087", "088", "089",
			"090", "091", "092", "093", "094", "096", "097", "098", "099");

	private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-()]");

	private PhoneNumber() {
	}

	/** The number as stored ({@code 0912345678}), or empty if it is not a valid mobile number. */
	public static Optional<String> normalize(String input) {
		String digits = withoutSeparators(input);
		if (digits.startsWith("+84")) {
			digits = "0" + digits.substring(3);
		}
		else if (digits.startsWith("84") && digits.length() == 11) {
			digits = "0" + digits.substring(2);
		}
		if (digits.length() != 10 || !digits.chars().allMatch(Character::isDigit)
				|| !PREFIXES.contains(digits.substring(0, 3))) {
			return Optional.empty();
		}
		return Optional.of(digits);
	}

	/** {@code 091****678}: for people who may know a member exists but not reach them. */
	public static String mask(String phone) {
		return phone.length() < 6 ? "***" : phone.substring(0, 3) + "****" + phone.substring(phone.length() - 3);
	}

	/** The input without what {@code SEPARATORS} matches; most inputs have none and come back as they are. */
	private static String withoutSeparators(String input) {
		for (int i = 0; i < input.length(); i++) {
			char c = input.charAt(i);
			if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '.' || c == '-' || c == '(' || c == ')') {
				return SEPARATORS.matcher(input).replaceAll("");
			}
		}
		return input;
	}
}
