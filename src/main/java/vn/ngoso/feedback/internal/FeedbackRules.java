package vn.ngoso.feedback.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.ngoso.feedback.Category;
import vn.ngoso.feedback.NewFeedback;
import vn.ngoso.platform.InvalidInput;
import vn.ngoso.platform.PhoneNumber;
import vn.ngoso.platform.SearchText;

/** The checks on a submitted item; every field's problem is reported at once. */
public final class FeedbackRules {

	public static final int DESCRIPTION_MAX = 2000;

	public static final int TEXT_MAX = 4000;

	public static final int REASON_MAX = 1000;

	public static final int NAME_MAX = 100;

	private FeedbackRules() {
	}

	/** A checked submission: text cleaned, phone normalised, contact dropped when empty. */
	public record Valid(Category category, String description, long unitId, @Nullable BigDecimal lat,
			@Nullable BigDecimal lon, @Nullable String contactName, @Nullable String contactPhone) {
	}

	public static Valid check(NewFeedback f, List<Category> categories) {
		List<InvalidInput.FieldError> errors = new ArrayList<>();
		Category category = null;
		if (f.category() == null || f.category().isBlank()) {
			errors.add(new InvalidInput.FieldError("category", "feedback.category.required"));
		}
		else {
			category = categories.stream().filter(c -> c.code().equals(f.category().strip())).findFirst().orElse(null);
			if (category == null) {
				errors.add(new InvalidInput.FieldError("category", "feedback.category.unknown"));
			}
		}
		String description = f.description() == null ? "" : SearchText.clean(f.description());
		if (description.isEmpty()) {
			errors.add(new InvalidInput.FieldError("description", "feedback.description.required"));
		}
		else if (description.length() > DESCRIPTION_MAX) {
			errors.add(new InvalidInput.FieldError("description", "feedback.description.tooLong", DESCRIPTION_MAX));
		}
		if (f.unitId() == null) {
			errors.add(new InvalidInput.FieldError("unitId", "feedback.unit.required"));
		}
		location(f.lat(), f.lon(), errors);
		String name = blankToNull(f.contactName());
		String phone = null;
		if (name != null && name.length() > NAME_MAX) {
			errors.add(new InvalidInput.FieldError("contactName", "feedback.contact.nameTooLong", NAME_MAX));
		}
		String typedPhone = blankToNull(f.contactPhone());
		if (typedPhone != null) {
			phone = PhoneNumber.normalize(typedPhone).orElse(null);
			if (phone == null) {
				errors.add(new InvalidInput.FieldError("contactPhone", "feedback.contact.phoneInvalid"));
			}
		}
		if ((name != null || typedPhone != null) && !f.consent()) {
			errors.add(new InvalidInput.FieldError("consent", "feedback.contact.consentRequired"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		return new Valid(category, description, f.unitId(), f.lat(), f.lon(), name, phone);
	}

	/**
	 * Both or neither, and inside Vietnam: the mainland's box, or the Hoàng Sa and Trường Sa
	 * archipelagos. A box lets a little of the neighbours in; that is enough to catch swapped or
	 * mistyped coordinates, which is what goes wrong in practice.
	 */
	static void location(@Nullable BigDecimal lat, @Nullable BigDecimal lon, List<InvalidInput.FieldError> errors) {
		if (lat == null && lon == null) {
			return;
		}
		if (lat == null || lon == null) {
			errors.add(new InvalidInput.FieldError(lat == null ? "lat" : "lon", "feedback.location.both"));
			return;
		}
		double y = lat.doubleValue();
		double x = lon.doubleValue();
		boolean mainland = y >= 8.18 && y <= 23.39 && x >= 102.14 && x <= 109.47;
		boolean hoangSa = y >= 15.7 && y <= 17.2 && x >= 111.0 && x <= 113.0;
		boolean truongSa = y >= 6.5 && y <= 12.0 && x >= 111.5 && x <= 117.8;
		if (!(mainland || hoangSa || truongSa)) {
			errors.add(new InvalidInput.FieldError("lat", "feedback.location.outsideVietnam"));
		}
	}

	public static String requiredText(@Nullable String text, String field, int max) {
		String clean = text == null ? "" : SearchText.clean(text);
		if (clean.isEmpty()) {
			throw InvalidInput.of(field, "feedback." + field + ".required");
		}
		if (clean.length() > max) {
			throw InvalidInput.of(field, "feedback." + field + ".tooLong", max);
		}
		return clean;
	}

	private static @Nullable String blankToNull(@Nullable String s) {
		return s == null || s.isBlank() ? null : SearchText.clean(s);
	}
}
