package vn.ngoso.citizens.web;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The public feedback form, bound field by field (nothing else can be set). {@code public} is the
 * citizen's choice to let anyone read the description and the answer (masked); {@code website} is
 * the honeypot: hidden from people, filled in by form-filling robots.
 */
public class FeedbackForm {

	private @Nullable String category;

	private @Nullable String description;

	private @Nullable BigDecimal lat;

	private @Nullable BigDecimal lon;

	private @Nullable String contactName;

	private @Nullable String contactPhone;

	private boolean consent;

	private boolean published;

	private @Nullable String website;

	public @Nullable String getCategory() {
		return category;
	}

	public void setCategory(@Nullable String category) {
		this.category = category;
	}

	public @Nullable String getDescription() {
		return description;
	}

	public void setDescription(@Nullable String description) {
		this.description = description;
	}

	public @Nullable BigDecimal getLat() {
		return lat;
	}

	public void setLat(@Nullable BigDecimal lat) {
		this.lat = lat;
	}

	public @Nullable BigDecimal getLon() {
		return lon;
	}

	public void setLon(@Nullable BigDecimal lon) {
		this.lon = lon;
	}

	public @Nullable String getContactName() {
		return contactName;
	}

	public void setContactName(@Nullable String contactName) {
		this.contactName = contactName;
	}

	public @Nullable String getContactPhone() {
		return contactPhone;
	}

	public void setContactPhone(@Nullable String contactPhone) {
		this.contactPhone = contactPhone;
	}

	public boolean isConsent() {
		return consent;
	}

	public void setConsent(boolean consent) {
		this.consent = consent;
	}

	/** The form's {@code public} box. */
	public boolean isPublic() {
		return published;
	}

	public void setPublic(boolean published) {
		this.published = published;
	}

	public @Nullable String getWebsite() {
		return website;
	}

	public void setWebsite(@Nullable String website) {
		this.website = website;
	}
}
