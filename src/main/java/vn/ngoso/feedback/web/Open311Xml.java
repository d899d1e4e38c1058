package vn.ngoso.feedback.web;

import java.util.List;
import java.util.Map;

/** GeoReport v2's XML: a root element holding one element per item, fields as child elements. */
final class Open311Xml {

	private Open311Xml() {
	}

	static String of(String root, String item, List<Map<String, Object>> items) {
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<").append(root).append('>');
		for (Map<String, Object> fields : items) {
			xml.append('<').append(item).append('>');
			fields.forEach((name, value) -> {
				if (value instanceof List<?> list) {
					xml.append('<').append(name).append('>');
					list.forEach(v -> xml.append(escape(String.valueOf(v))));
					xml.append("</").append(name).append('>');
				}
				else if (value == null) {
					xml.append('<').append(name).append("/>");
				}
				else {
					xml.append('<').append(name).append('>').append(escape(String.valueOf(value))).append("</").append(name).append('>');
				}
			});
			xml.append("</").append(item).append('>');
		}
		return xml.append("</").append(root).append('>').toString();
	}

	private static String escape(String s) {
		return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}
}
