package vn.ngoso.indicators.internal;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.LineSeparator;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The report as an A4 PDF in the layout of an administrative report (Decree 30/2020/NĐ-CP): the
 * issuing body and number on the left and the national title, motto, place and date on the right,
 * "BÁO CÁO" and its subject, the table, then the recipients and the signature block. Liberation
 * Serif is embedded (shipped in {@code fonts/}, subset into each file; the decree prescribes Times
 * New Roman, whose metrics it shares), so Vietnamese letters print the same whatever fonts the
 * reader or the server has.
 */
@Component
public class SummaryReportPdf {

	private static final Color HEADER = new Color(0xEE, 0xF2, 0xF7);

	private static final Color GREY = new Color(0x5B, 0x67, 0x76);

	private final byte[] regular = font("fonts/LiberationSerif-Regular.ttf");

	private final byte[] bold = font("fonts/LiberationSerif-Bold.ttf");

	private final byte[] italic = font("fonts/LiberationSerif-Italic.ttf");

	private final byte[] boldItalic = font("fonts/LiberationSerif-BoldItalic.ttf");

	public void write(RenderedReport r, ReportHeading.Text h, OutputStream out) throws IOException {
		// left margin 30 mm, right 15-20 mm, top and bottom 20 mm (Decree 30, appendix I)
		Document document = new Document(PageSize.A4, 85, 50, 57, 57);
		try {
			PdfWriter writer = PdfWriter.getInstance(document, out);
			Fonts fonts = new Fonts(regular, bold, italic, boldItalic);
			writer.setPageEvent(new Footer(r, fonts));
			document.addTitle(r.title());
			document.addSubject(r.unit() + " · " + r.period());
			document.addAuthor(h.issuingBody());
			document.addCreator("Ngõ Số");
			document.open();
			document.add(heading(h, fonts));
			Paragraph title = centred(h.title(), fonts.title);
			title.setSpacingBefore(14);
			document.add(title);
			document.add(centred(h.subject(), fonts.bold));
			document.add(centred(r.unit(), fonts.text));
			document.add(centred(r.period(), fonts.text));
			Paragraph made = centred(r.madeAt(), fonts.muted);
			made.setSpacingAfter(12);
			document.add(made);
			for (String note : r.notes()) {
				Paragraph p = new Paragraph(note, fonts.text);
				p.setSpacingAfter(8);
				document.add(p);
			}
			document.add(table(r, fonts));
			Paragraph legend = new Paragraph(r.legend(), fonts.muted);
			legend.setSpacingBefore(10);
			document.add(legend);
			document.add(signature(h, fonts));
		}
		catch (DocumentException e) {
			throw new IOException("PDF not written", e);
		}
		finally {
			document.close();
		}
	}

	/** Issuing body and number on the left, the national title, motto, place and date on the right. */
	private static PdfPTable heading(ReportHeading.Text h, Fonts fonts) {
		PdfPTable table = new PdfPTable(new float[] { 42, 58 });
		table.setWidthPercentage(100);
		Paragraph left = new Paragraph();
		if (!h.parentBody().isBlank()) {
			left.add(new Chunk(h.parentBody() + "\n", fonts.heading));
		}
		left.add(new Chunk(h.issuingBody() + "\n", fonts.headingBold));
		// the short rule under the issuer; every chunk in our fonts (a chunk without one brings OpenPDF's default)
		Chunk rule = new Chunk(new LineSeparator(0.5f, 30, Color.BLACK, Element.ALIGN_CENTER, 4));
		rule.setFont(fonts.heading);
		left.add(rule);
		left.add(new Chunk("\n" + h.numberLine(), fonts.heading));
		Paragraph right = new Paragraph();
		right.add(new Chunk(h.nation() + "\n", fonts.headingBold));
		right.add(new Chunk(h.motto(), fonts.motto));
		right.add(new Chunk("\n\n", fonts.heading));
		right.add(new Chunk(h.placeAndDate(), fonts.italic));
		table.addCell(plain(left, Element.ALIGN_CENTER));
		table.addCell(plain(right, Element.ALIGN_CENTER));
		return table;
	}

	/** "Nơi nhận" and its list on the left, the signer on the right, kept on one page. */
	private static PdfPTable signature(ReportHeading.Text h, Fonts fonts) {
		PdfPTable table = new PdfPTable(new float[] { 50, 50 });
		table.setWidthPercentage(100);
		table.setSpacingBefore(16);
		table.setKeepTogether(true);
		Paragraph left = new Paragraph();
		left.add(new Chunk(h.recipientsLabel() + "\n", fonts.recipientsLabel));
		left.add(new Chunk(String.join("\n", h.recipients()), fonts.recipients));
		PdfPCell recipients = plain(left, Element.ALIGN_LEFT);
		Paragraph right = new Paragraph();
		if (!h.signerAuthority().isBlank()) {
			right.add(new Chunk(h.signerAuthority() + "\n", fonts.headingBold));
		}
		right.add(new Chunk(h.signerTitle(), fonts.headingBold));
		// room to sign and stamp
		right.add(new Chunk("\n\n\n\n\n", fonts.heading));
		right.add(new Chunk(h.signerName(), fonts.headingBold));
		table.addCell(recipients);
		table.addCell(plain(right, Element.ALIGN_CENTER));
		return table;
	}

	private static PdfPCell plain(Paragraph content, int alignment) {
		PdfPCell cell = new PdfPCell();
		cell.setBorder(Rectangle.NO_BORDER);
		cell.setHorizontalAlignment(alignment);
		content.setAlignment(alignment);
		content.setLeading(0, 1.25f);
		cell.addElement(content);
		return cell;
	}

	private static PdfPTable table(RenderedReport r, Fonts fonts) {
		PdfPTable table = new PdfPTable(new float[] { 7.5f, 48.5f, 22, 22 });
		table.setWidthPercentage(100);
		table.setHeaderRows(1);
		var c = r.columns();
		for (String heading : new String[] { c.number(), c.indicator(), c.value(), c.source() }) {
			PdfPCell cell = cell(heading, fonts.bold, Element.ALIGN_CENTER);
			cell.setBackgroundColor(HEADER);
			table.addCell(cell);
		}
		for (RenderedReport.Row row : r.rows()) {
			table.addCell(cell(String.valueOf(row.number()), fonts.text, Element.ALIGN_CENTER));
			table.addCell(cell(row.label(), fonts.text, Element.ALIGN_LEFT));
			Font value = row.complete() ? fonts.value : row.known() ? fonts.text : fonts.muted;
			table.addCell(cell(row.value(), value, Element.ALIGN_RIGHT));
			table.addCell(cell(row.sources(), fonts.small, Element.ALIGN_LEFT));
		}
		return table;
	}

	private static PdfPCell cell(String text, Font font, int alignment) {
		PdfPCell cell = new PdfPCell(new Phrase(text, font));
		cell.setHorizontalAlignment(alignment);
		// room above and below for stacked Vietnamese marks (ệ, ố) on wrapped lines
		cell.setLeading(0, 1.3f);
		cell.setPadding(5);
		cell.setPaddingTop(2);
		cell.setBorderColor(new Color(0xB7, 0xC2, 0xCF));
		return cell;
	}

	private static Paragraph centred(String text, Font font) {
		Paragraph paragraph = new Paragraph(text, font);
		paragraph.setAlignment(Element.ALIGN_CENTER);
		return paragraph;
	}

	private static byte[] font(String path) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException("font missing: " + path, e);
		}
	}

	/** The fonts of one document (each document subsets its own copy). */
	private static final class Fonts {

		final Font title;

		final Font text;

		final Font bold;

		final Font value;

		final Font muted;

		final Font small;

		final Font heading;

		final Font headingBold;

		final Font motto;

		final Font italic;

		final Font recipientsLabel;

		final Font recipients;

		Fonts(byte[] regularBytes, byte[] boldBytes, byte[] italicBytes, byte[] boldItalicBytes) {
			BaseFont regular = load("LiberationSerif-Regular.ttf", regularBytes);
			BaseFont heavy = load("LiberationSerif-Bold.ttf", boldBytes);
			BaseFont slanted = load("LiberationSerif-Italic.ttf", italicBytes);
			BaseFont heavySlanted = load("LiberationSerif-BoldItalic.ttf", boldItalicBytes);
			title = new Font(heavy, 14);
			text = new Font(regular, 11);
			bold = new Font(heavy, 11);
			value = new Font(heavy, 11.5f);
			muted = new Font(regular, 9.5f, Font.NORMAL, GREY);
			small = new Font(regular, 10);
			heading = new Font(regular, 12);
			headingBold = new Font(heavy, 12);
			motto = new Font(heavy, 12.5f, Font.UNDERLINE);
			italic = new Font(slanted, 12.5f);
			recipientsLabel = new Font(heavySlanted, 11);
			recipients = new Font(regular, 10.5f);
		}

		private static BaseFont load(String name, byte[] bytes) {
			try {
				return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
			}
			catch (IOException | DocumentException e) {
				throw new IllegalStateException("font not readable: " + name, e);
			}
		}
	}

	/** The page number and the report's title at the foot of every page. */
	private static final class Footer extends PdfPageEventHelper {

		private final RenderedReport report;

		private final Fonts fonts;

		Footer(RenderedReport report, Fonts fonts) {
			this.report = report;
			this.fonts = fonts;
		}

		@Override
		public void onEndPage(PdfWriter writer, Document document) {
			float y = document.bottom() - 24;
			ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_LEFT,
					new Phrase(report.unit() + " · " + report.period(), fonts.muted), document.left(), y, 0);
			ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_RIGHT,
					new Phrase(report.pageLabel(writer.getPageNumber()), fonts.muted), document.right(), y, 0);
		}
	}
}
