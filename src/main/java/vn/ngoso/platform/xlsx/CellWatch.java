package vn.ngoso.platform.xlsx;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.jspecify.annotations.Nullable;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;

/**
 * Sits between the XML parser and POI's sheet handler, which hands on only each cell's formatted
 * text: keeps the raw value of a number cell and whether its style makes it a date, and refuses
 * a cell longer than Excel allows (POI would gather any length in memory).
 */
final class CellWatch implements ContentHandler {

	/** Excel's 32,767 characters of text, a formula's 8,192 and some room for rich-text runs. */
	static final int MAX_CELL_CHARS = 64 * 1024;

	private final ContentHandler next;

	private final @Nullable StylesTable styles;

	private final Map<Integer, Boolean> dateStyles = new HashMap<>();

	private final StringBuilder value = new StringBuilder();

	private @Nullable String type;

	private int style;

	private boolean inCell;

	private boolean inValue;

	private int chars;

	CellWatch(ContentHandler next, @Nullable StylesTable styles) {
		this.next = next;
		this.styles = styles;
	}

	/** The value of the cell being read if it is a number, else null. */
	@Nullable Double number() {
		if (type != null && !"n".equals(type) || value.isEmpty()) {
			return null;
		}
		try {
			return Double.valueOf(value.toString().strip());
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	/** Whether the cell being read has a date format. */
	boolean date() {
		if (styles == null) {
			return false;
		}
		return dateStyles.computeIfAbsent(style, index -> {
			XSSFCellStyle cellStyle = index >= 0 && index < styles.getNumCellStyles() ? styles.getStyleAt(index) : null;
			return cellStyle != null && DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString());
		});
	}

	@Override
	public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
		if ("c".equals(localName)) {
			inCell = true;
			chars = 0;
			value.setLength(0);
			type = atts.getValue("t");
			style = styleIndex(atts.getValue("s"));
		}
		else if ("v".equals(localName)) {
			inValue = true;
		}
		next.startElement(uri, localName, qName, atts);
	}

	@Override
	public void characters(char[] ch, int start, int length) throws SAXException {
		if (inCell) {
			chars += length;
			if (chars > MAX_CELL_CHARS) {
				throw new SAXException("a cell of more than " + MAX_CELL_CHARS + " characters");
			}
			if (inValue) {
				value.append(ch, start, length);
			}
		}
		next.characters(ch, start, length);
	}

	@Override
	public void endElement(String uri, String localName, String qName) throws SAXException {
		next.endElement(uri, localName, qName);
		if ("v".equals(localName)) {
			inValue = false;
		}
		else if ("c".equals(localName)) {
			inCell = false;
		}
	}

	private static int styleIndex(@Nullable String s) {
		try {
			return s == null ? 0 : Integer.parseInt(s);
		}
		catch (NumberFormatException e) {
			return 0;
		}
	}

	@Override
	public void setDocumentLocator(Locator locator) {
		next.setDocumentLocator(locator);
	}

	@Override
	public void startDocument() throws SAXException {
		next.startDocument();
	}

	@Override
	public void endDocument() throws SAXException {
		next.endDocument();
	}

	@Override
	public void startPrefixMapping(String prefix, String uri) throws SAXException {
		next.startPrefixMapping(prefix, uri);
	}

	@Override
	public void endPrefixMapping(String prefix) throws SAXException {
		next.endPrefixMapping(prefix);
	}

	@Override
	public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
		next.ignorableWhitespace(ch, start, length);
	}

	@Override
	public void processingInstruction(String target, String data) throws SAXException {
		next.processingInstruction(target, data);
	}

	@Override
	public void skippedEntity(String name) throws SAXException {
		next.skippedEntity(name);
	}
}
