package vn.ngoso.indicators.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import vn.ngoso.indicators.SummaryReport;
import vn.ngoso.indicators.internal.RenderedReport;
import vn.ngoso.indicators.internal.ReportHeading;
import vn.ngoso.indicators.internal.ReportHeadings;
import vn.ngoso.indicators.internal.SummaryReportPdf;
import vn.ngoso.indicators.internal.SummaryReportText;
import vn.ngoso.indicators.internal.SummaryReportXlsx;
import vn.ngoso.platform.web.VietnamTime;

/** The report as a file to download, for the page and the API alike. */
@Component
class ReportFiles {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final SummaryReportText text;

	private final SummaryReportXlsx xlsx;

	private final SummaryReportPdf pdf;

	private final ReportHeadings headings;

	private final Clock clock;

	ReportFiles(SummaryReportText text, SummaryReportXlsx xlsx, SummaryReportPdf pdf, ReportHeadings headings,
			Clock clock) {
		this.text = text;
		this.xlsx = xlsx;
		this.pdf = pdf;
		this.headings = headings;
		this.clock = clock;
	}

	/** The heading the report gets unless the officer changes it, dated today in Vietnam. */
	ReportHeading defaultHeading(SummaryReport report) {
		return headings.defaults(report.unit(), today());
	}

	LocalDate today() {
		return LocalDate.now(clock.withZone(VietnamTime.ZONE));
	}

	RenderedReport render(SummaryReport report, Locale locale) {
		return text.render(report, locale);
	}

	ResponseEntity<byte[]> xlsx(SummaryReport report, Locale locale) throws IOException {
		return xlsx(report, defaultHeading(report), locale);
	}

	ResponseEntity<byte[]> xlsx(SummaryReport report, ReportHeading heading, Locale locale) throws IOException {
		var out = new ByteArrayOutputStream();
		xlsx.write(render(report, locale), headings.text(heading, locale), out);
		return file(out.toByteArray(), MediaType.parseMediaType(XLSX), name(report, "xlsx"));
	}

	ResponseEntity<byte[]> pdf(SummaryReport report, Locale locale) throws IOException {
		return pdf(report, defaultHeading(report), locale);
	}

	ResponseEntity<byte[]> pdf(SummaryReport report, ReportHeading heading, Locale locale) throws IOException {
		var out = new ByteArrayOutputStream();
		pdf.write(render(report, locale), headings.text(heading, locale), out);
		return file(out.toByteArray(), MediaType.APPLICATION_PDF, name(report, "pdf"));
	}

	/** bao-cao-tcnscd-80-2022-01-2026-11.pdf: plain ASCII, so every browser and mail client keeps it. */
	static String name(SummaryReport report, String extension) {
		return "bao-cao-tcnscd-" + report.unit().code() + "-" + report.period().from() + "-" + report.period().to() + "."
				+ extension;
	}

	private static ResponseEntity<byte[]> file(byte[] bytes, MediaType type, String name) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(bytes);
	}
}
