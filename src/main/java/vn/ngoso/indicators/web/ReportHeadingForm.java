package vn.ngoso.indicators.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.BindingResult;
import vn.ngoso.indicators.internal.ReportHeading;
import vn.ngoso.platform.InvalidInput.FieldError;
import vn.ngoso.platform.web.DateText;

/**
 * The heading of the report as the officer edits it before downloading: query parameters of the
 * page and of the downloads, each optional (a field not sent keeps its default). Lengths are kept
 * to what fits a heading; a control character is named with its field, never a server error.
 */
public class ReportHeadingForm {

	static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

	private static final int BODY = 120;

	private static final int SHORT = 80;

	private static final int RECIPIENTS = 1000;

	private static final int RECIPIENT_LINES = 15;

	private @Nullable String parentBody;

	private @Nullable String issuingBody;

	private @Nullable String number;

	private @Nullable String place;

	private @Nullable String date;

	private @Nullable String recipients;

	private @Nullable String signerAuthority;

	private @Nullable String signerTitle;

	private @Nullable String signerName;

	/** The heading: the defaults, with every field sent in its place; what is wrong goes to {@code errors}. */
	ReportHeading resolve(ReportHeading defaults, LocalDate today, List<FieldError> errors) {
		String parent = text("parentBody", parentBody, defaults.parentBody(), BODY, false, errors);
		String issuer = text("issuingBody", issuingBody, defaults.issuingBody(), BODY, true, errors);
		String no = text("number", number, defaults.number(), 40, false, errors);
		String where = text("place", place, defaults.place(), 60, true, errors);
		LocalDate day = day(defaults.date(), today, errors);
		List<String> to = recipients(defaults.recipients(), errors);
		String authority = text("signerAuthority", signerAuthority, defaults.signerAuthority(), SHORT, false, errors);
		String title = text("signerTitle", signerTitle, defaults.signerTitle(), SHORT, false, errors);
		String name = text("signerName", signerName, defaults.signerName(), SHORT, false, errors);
		return new ReportHeading(parent, issuer, no, where, day, to, authority, title, name);
	}

	/** Binding refused a value (a control character, see {@code ControlCharactersInForms}): the field named. */
	static void bindingErrors(BindingResult binding, List<FieldError> errors) {
		binding.getFieldErrors().forEach(e -> errors.add(
				new FieldError(e.getField(), "report.heading.control", label(e.getField()))));
	}

	/** The values to show in the form: those sent, else the defaults. */
	void fillIn(ReportHeading h) {
		parentBody = or(parentBody, h.parentBody());
		issuingBody = or(issuingBody, h.issuingBody());
		number = or(number, h.number());
		place = or(place, h.place());
		date = or(date, DATE.format(h.date()));
		recipients = or(recipients, String.join("\n", h.recipients()));
		signerAuthority = or(signerAuthority, h.signerAuthority());
		signerTitle = or(signerTitle, h.signerTitle());
		signerName = or(signerName, h.signerName());
	}

	private static String text(String field, @Nullable String sent, String otherwise, int max, boolean required,
			List<FieldError> errors) {
		if (sent == null) {
			return otherwise;
		}
		String value = sent.strip().replaceAll("\\s+", " ");
		if (required && value.isEmpty()) {
			errors.add(new FieldError(field, "report.heading.required", label(field)));
		}
		if (value.length() > max) {
			errors.add(new FieldError(field, "report.heading.tooLong", label(field), String.valueOf(max)));
		}
		return value;
	}

	private LocalDate day(LocalDate otherwise, LocalDate today, List<FieldError> errors) {
		if (date == null) {
			return otherwise;
		}
		String text = date.strip();
		if (text.isEmpty()) {
			errors.add(new FieldError("date", "report.heading.required", label("date")));
			return otherwise;
		}
		try {
			LocalDate day = DateText.day(text);
			if (day.isAfter(today)) {
				errors.add(new FieldError("date", "report.heading.future", label("date")));
			}
			return day;
		}
		catch (IllegalArgumentException e) {
			errors.add(new FieldError("date", "report.heading.badDate", label("date"),
					text.length() > 20 ? text.substring(0, 20) + "…" : text));
			return otherwise;
		}
	}

	private List<String> recipients(List<String> otherwise, List<FieldError> errors) {
		if (recipients == null) {
			return otherwise;
		}
		if (recipients.length() > RECIPIENTS) {
			errors.add(new FieldError("recipients", "report.heading.tooLong", label("recipients"),
					String.valueOf(RECIPIENTS)));
		}
		List<String> lines = Arrays.stream(recipients.split("\\R")).map(String::strip).filter(l -> !l.isEmpty())
			.toList();
		if (lines.size() > RECIPIENT_LINES) {
			errors.add(new FieldError("recipients", "report.heading.tooManyLines", label("recipients"),
					String.valueOf(RECIPIENT_LINES)));
		}
		return lines;
	}

	/** The field's label, resolved in the page's language when the message is. */
	private static DefaultMessageSourceResolvable label(String field) {
		String key = switch (field) {
			case "number" -> "report.heading.numberField";
			case "recipients" -> "report.heading.recipientsField";
			default -> "report.heading." + field;
		};
		return new DefaultMessageSourceResolvable(new String[] { key }, field);
	}

	private static String or(@Nullable String sent, String otherwise) {
		return sent != null ? sent : otherwise;
	}

	public @Nullable String getParentBody() {
		return parentBody;
	}

	public void setParentBody(@Nullable String parentBody) {
		this.parentBody = parentBody;
	}

	public @Nullable String getIssuingBody() {
		return issuingBody;
	}

	public void setIssuingBody(@Nullable String issuingBody) {
		this.issuingBody = issuingBody;
	}

	public @Nullable String getNumber() {
		return number;
	}

	public void setNumber(@Nullable String number) {
		this.number = number;
	}

	public @Nullable String getPlace() {
		return place;
	}

	public void setPlace(@Nullable String place) {
		this.place = place;
	}

	public @Nullable String getDate() {
		return date;
	}

	public void setDate(@Nullable String date) {
		this.date = date;
	}

	public @Nullable String getRecipients() {
		return recipients;
	}

	public void setRecipients(@Nullable String recipients) {
		this.recipients = recipients;
	}

	public @Nullable String getSignerAuthority() {
		return signerAuthority;
	}

	public void setSignerAuthority(@Nullable String signerAuthority) {
		this.signerAuthority = signerAuthority;
	}

	public @Nullable String getSignerTitle() {
		return signerTitle;
	}

	public void setSignerTitle(@Nullable String signerTitle) {
		this.signerTitle = signerTitle;
	}

	public @Nullable String getSignerName() {
		return signerName;
	}

	public void setSignerName(@Nullable String signerName) {
		this.signerName = signerName;
	}
}
