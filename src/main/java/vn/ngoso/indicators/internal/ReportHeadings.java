package vn.ngoso.indicators.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.ngoso.territory.AdminUnit;
import vn.ngoso.territory.Territory;

/**
 * The heading a report gets unless the officer changes it, and the heading as printed. Names of
 * the units above are read ignoring the caller's scope: a commune officer's report names the
 * province above it, which they may not browse.
 */
@Component
public class ReportHeadings {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final Territory territory;

	private final MessageSource messages;

	ReportHeadings(Territory territory, MessageSource messages) {
		this.territory = territory;
		this.messages = messages;
	}

	/**
	 * The People's Committee of the unit issues it (a hamlet's report is filed by its commune),
	 * under the committee above; dated today in the province's name; sent to the level above and
	 * kept in the archive; signed by the chair for the committee, the name left to write.
	 */
	public ReportHeading defaults(AdminUnit unit, LocalDate today) {
		AdminUnit issuer = unit.isHamlet() ? parent(unit) : unit;
		if (issuer == null) {
			issuer = unit;
		}
		AdminUnit above = parent(issuer);
		AdminUnit province = issuer;
		for (AdminUnit u = above; u != null; u = parent(u)) {
			province = u;
		}
		List<String> recipients = new ArrayList<>();
		recipients.add(above != null ? "- UBND " + lowerFirst(above.name()) + ";" : "- Bộ Khoa học và Công nghệ;");
		recipients.add("- Lưu: VT.");
		return new ReportHeading(above == null ? "" : committee(above), committee(issuer), "/BC-UBND", place(province),
				today, recipients, "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "");
	}

	/** The heading with its fixed texts (national title, motto, "Nơi nhận") in the report's language. */
	public ReportHeading.Text text(ReportHeading h, Locale locale) {
		LocalDate d = h.date();
		// Decree 30: a day below 10 and the months January and February are written with a leading zero
		String day = String.format("%02d", d.getDayOfMonth());
		String month = d.getMonthValue() <= 2 ? String.format("%02d", d.getMonthValue()) : String.valueOf(d.getMonthValue());
		String number = h.number().startsWith("/") ? "      " + h.number() : h.number();
		return new ReportHeading.Text(h.parentBody(), h.issuingBody(), get("report.heading.number", locale, number),
				get("report.heading.nation", locale), get("report.heading.motto", locale),
				get("report.heading.placeAndDate", locale, h.place(), day, month, String.valueOf(d.getYear())),
				get("report.heading.title", locale), get("report.heading.subject", locale),
				get("report.heading.recipients", locale), h.recipients(), h.signerAuthority(), h.signerTitle(),
				h.signerName());
	}

	private String get(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	private @Nullable AdminUnit parent(AdminUnit unit) {
		return unit.parentId() == null ? null : territory.lookupIgnoringScope(unit.parentId()).orElse(null);
	}

	/** "UBND XÃ TUYÊN BÌNH": how the committee of a unit is named in a heading. */
	private static String committee(AdminUnit unit) {
		return "UBND " + unit.name().toUpperCase(VIETNAMESE);
	}

	/** "Tây Ninh": the province's name without "Tỉnh". */
	private static String place(AdminUnit province) {
		String prefix = province.type().label() + " ";
		return province.name().startsWith(prefix) ? province.name().substring(prefix.length()) : province.name();
	}

	private static String lowerFirst(String name) {
		return name.isEmpty() ? name : name.substring(0, 1).toLowerCase(VIETNAMESE) + name.substring(1);
	}
}
