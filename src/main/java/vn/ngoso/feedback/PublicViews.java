package vn.ngoso.feedback;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.ngoso.platform.PublicText;

/**
 * How an item is shown without signing in. Its holder — whoever has the reference number: the
 * citizen, or the resident staff gave it to — reads all of it; the public list shows a published
 * item the same way and of the others only category, status, dates, commune and agency, without
 * the reference (which would open the rest). Either way the description and the answer are
 * masked ({@link PublicText}, the contact's name included: a reference can be passed around) and
 * the coordinates rounded to 3 decimals, about 110 m: enough to see the place, not the house.
 */
final class PublicViews {

	static final int COORDINATE_DECIMALS = 3;

	private PublicViews() {
	}

	static PublicFeedback forHolder(FeedbackItem f, Instant now) {
		Instant reopenUntil = f.status() == FeedbackStatus.ANSWERED ? Feedbacks.reopenUntil(f) : null;
		List<String> names = f.contactName() == null ? List.of() : List.of(f.contactName());
		return new PublicFeedback(f.reference(), f.category(), f.categoryName(), PublicText.mask(f.description(), names),
				f.unitCode(), f.unitName(), rounded(f.lat()), rounded(f.lon()), f.status(), f.agencyName(), f.receivedAt(),
				f.dueOn(), f.answeredAt(), f.answer() == null ? null : PublicText.mask(f.answer(), names), f.updatedAt(),
				reopenUntil != null && reopenUntil.isAfter(now) ? reopenUntil : null, f.published());
	}

	static PublicFeedback listed(FeedbackItem f, Instant now) {
		if (f.published()) {
			return forHolder(f, now);
		}
		return new PublicFeedback(null, f.category(), f.categoryName(), null, f.communeCode(), f.communeName(), null, null,
				f.status(), f.agencyName(), f.receivedAt(), f.dueOn(), f.answeredAt(), null, f.updatedAt(), null, false);
	}

	private static @Nullable BigDecimal rounded(@Nullable BigDecimal coordinate) {
		return coordinate == null ? null : coordinate.setScale(COORDINATE_DECIMALS, RoundingMode.HALF_UP);
	}
}
