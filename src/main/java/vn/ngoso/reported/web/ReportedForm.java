package vn.ngoso.reported.web;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import vn.ngoso.platform.InvalidInput.FieldError;
import vn.ngoso.platform.NumberText;
import vn.ngoso.reported.ReportedEntry;
import vn.ngoso.reported.ReportedValue;
import vn.ngoso.reported.internal.MonthText;

/**
 * The entry form; only these fields are bound. Months and the value stay text, so that whatever
 * was typed is shown again beside its error.
 */
public class ReportedForm {

	private Long unitId;

	private String indicator;

	private String from;

	private String to;

	private String value;

	private String note;

	static ReportedForm of(ReportedValue v) {
		var form = new ReportedForm();
		form.unitId = v.unitId();
		form.indicator = v.indicator();
		form.from = v.from().toString();
		form.to = v.to().toString();
		form.value = v.value().toPlainString().replace('.', ',');
		form.note = v.note();
		return form;
	}

	/** The entry for the service, and the errors of text that is no month or no number. */
	Parsed parse(String unitCode) {
		List<FieldError> errors = new ArrayList<>();
		YearMonth fromMonth = month("from", from, errors);
		YearMonth toMonth = month("to", to, errors);
		BigDecimal number = null;
		if (value != null && !value.isBlank()) {
			number = NumberText.parse(value);
			if (number == null) {
				errors.add(new FieldError("value", "reported.value.notNumber"));
			}
		}
		return new Parsed(new ReportedEntry(unitCode, indicator, fromMonth, toMonth, number, note), errors);
	}

	record Parsed(ReportedEntry entry, List<FieldError> errors) {
	}

	private static YearMonth month(String field, String text, List<FieldError> errors) {
		MonthText.Parsed parsed = MonthText.parse(text);
		if (parsed.invalid()) {
			errors.add(new FieldError(field, "reported.month.invalid"));
		}
		return parsed.month();
	}

	public Long getUnitId() {
		return unitId;
	}

	public void setUnitId(Long unitId) {
		this.unitId = unitId;
	}

	public String getIndicator() {
		return indicator;
	}

	public void setIndicator(String indicator) {
		this.indicator = indicator;
	}

	public String getFrom() {
		return from;
	}

	public void setFrom(String from) {
		this.from = from;
	}

	public String getTo() {
		return to;
	}

	public void setTo(String to) {
		this.to = to;
	}

	public String getValue() {
		return value;
	}

	public void setValue(String value) {
		this.value = value;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}
}
