package vn.ngoso.indicators.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import vn.ngoso.indicators.SummaryReport;
import vn.ngoso.indicators.internal.RenderedReport;
import vn.ngoso.indicators.internal.SummaryReportPdf;
import vn.ngoso.indicators.internal.SummaryReportText;
import vn.ngoso.indicators.internal.SummaryReportXlsx;

/** The report as a file to download, for the page and the API alike. */
@Component
class ReportFiles {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final SummaryReportText text;

	private final SummaryReportXlsx xlsx;

	private final SummaryReportPdf pdf;

	ReportFiles(SummaryReportText text, SummaryReportXlsx xlsx, SummaryReportPdf pdf) {
		this.text = text;
		this.xlsx = xlsx;
		this.pdf = pdf;
	}

	RenderedReport render(SummaryReport report, Locale locale) {
		return text.render(report, locale);
	}

	ResponseEntity<byte[]> xlsx(SummaryReport report, Locale locale) throws IOException {
		var out = new ByteArrayOutputStream();
		xlsx.write(render(report, locale), out);
		return file(out.toByteArray(), MediaType.parseMediaType(XLSX), name(report, "xlsx"));
	}

	ResponseEntity<byte[]> pdf(SummaryReport report, Locale locale) throws IOException {
		var out = new ByteArrayOutputStream();
		pdf.write(render(report, locale), out);
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
