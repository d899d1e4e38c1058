package vn.ngoso.citizens.web;

import org.jspecify.annotations.Nullable;

/**
 * The "ask the team to come" form, bound field by field. {@code website} is the honeypot, as on
 * the feedback form.
 */
public class VisitRequestForm {

	private @Nullable String topic;

	private @Nullable String details;

	private @Nullable String contactName;

	private @Nullable String contactPhone;

	private boolean consent;

	private @Nullable String website;

	public @Nullable String getTopic() {
		return topic;
	}

	public void setTopic(@Nullable String topic) {
		this.topic = topic;
	}

	public @Nullable String getDetails() {
		return details;
	}

	public void setDetails(@Nullable String details) {
		this.details = details;
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

	public @Nullable String getWebsite() {
		return website;
	}

	public void setWebsite(@Nullable String website) {
		this.website = website;
	}
}
