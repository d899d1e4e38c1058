package vn.ngoso.indicators.internal;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The report as an A4 PDF with Liberation Sans embedded (shipped in {@code fonts/}, subset into
 * each file), so Vietnamese letters print the same whatever fonts the reader or the server has.
 */
@Component
public class SummaryReportPdf {

	private static final Color HEADER = new Color(0xEE, 0xF2, 0xF7);

	private static final Color GREY = new Color(0x5B, 0x67, 0x76);

	private static final Color BLUE = new Color(0x0B, 0x53, 0x94);

	private final byte[] regular = font("fonts/LiberationSans-Regular.ttf");

	private final byte[] bold = font("fonts/LiberationSans-Bold.ttf");

	public void write(RenderedReport r, OutputStream out) throws IOException {
		Document document = new Document(PageSize.A4, 42, 42, 42, 48);
		try {
			PdfWriter writer = PdfWriter.getInstance(document, out);
			Fonts fonts = new Fonts(regular, bold);
			writer.setPageEvent(new Footer(r, fonts));
			document.addTitle(r.title());
			document.addSubject(r.unit() + " · " + r.period());
			document.addAuthor("Ngõ Số");
			document.addCreator("Ngõ Số");
			document.open();
			Paragraph title = new Paragraph(r.title(), fonts.title);
			title.setAlignment(Element.ALIGN_CENTER);
			title.setSpacingAfter(8);
			document.add(title);
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
		}
		catch (DocumentException e) {
			throw new IOException("PDF not written", e);
		}
		finally {
			document.close();
		}
	}

	private static PdfPTable table(RenderedReport r, Fonts fonts) {
		PdfPTable table = new PdfPTable(new float[] { 6, 50, 22, 22 });
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

		Fonts(byte[] regularBytes, byte[] boldBytes) {
			BaseFont regular = load("LiberationSans-Regular.ttf", regularBytes);
			BaseFont heavy = load("LiberationSans-Bold.ttf", boldBytes);
			title = new Font(heavy, 15, Font.NORMAL, BLUE);
			text = new Font(regular, 10);
			bold = new Font(heavy, 10);
			value = new Font(heavy, 10.5f);
			muted = new Font(regular, 9, Font.NORMAL, GREY);
			small = new Font(regular, 9);
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
