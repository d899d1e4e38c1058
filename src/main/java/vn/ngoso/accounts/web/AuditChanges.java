package vn.ngoso.accounts.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.ngoso.platform.web.VietnamTime;

/**
 * Turns the stored before/after JSON of an audit entry into lines a person reads: the fields
 * that changed, each with its label ({@code audit.field.<key>}, else the key itself) and its
 * values formatted the Vietnamese way. Values are shown exactly as stored, so what was masked
 * when logged stays masked.
 */
@Component
class AuditChanges {

	/** One line: {@code label: before → after}; {@code before} is null for a creation. */
	record Change(String label, @Nullable String before, @Nullable String after) {
	}

	/** Where the thing sits in the tree and its own id: the heading already says what it is. */
	private static final Set<String> HIDDEN = Set.of("id", "unitPath");

	private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

	private static final Pattern MOMENT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T.*");

	private final JsonMapper json;

	private final MessageSource messages;

	private final VietnamTime time;

	AuditChanges(JsonMapper json, MessageSource messages, VietnamTime time) {
		this.json = json;
		this.messages = messages;
		this.time = time;
	}

	List<Change> between(@Nullable String before, @Nullable String after, Locale locale) {
		JsonNode old = before == null ? null : json.readTree(before);
		JsonNode now = after == null ? null : json.readTree(after);
		if (old != null && now != null && !(old.isObject() && now.isObject())) {
			// not two states of one thing (a target and the targets cascaded from it): each side as it is
			List<Change> changes = new ArrayList<>(between(null, old, locale));
			changes.addAll(between(null, now, locale));
			return changes;
		}
		return between(old, now, locale);
	}

	private List<Change> between(@Nullable JsonNode before, @Nullable JsonNode after, Locale locale) {
		Map<String, String> old = flatten(before, locale);
		Map<String, String> now = flatten(after, locale);
		Set<String> keys = new LinkedHashSet<>(old.keySet());
		keys.addAll(now.keySet());
		boolean bothSides = before != null && after != null;
		List<Change> changes = new ArrayList<>();
		for (String key : keys) {
			String was = old.get(key);
			String is = now.get(key);
			if (bothSides && Objects.equals(was, is) || HIDDEN.contains(key)) {
				continue;
			}
			changes.add(new Change(label(key, locale), before == null ? null : dash(was), after == null ? null : dash(is)));
		}
		return changes;
	}

	private static String dash(@Nullable String value) {
		return value == null ? "—" : value;
	}

	private Map<String, String> flatten(@Nullable JsonNode node, Locale locale) {
		Map<String, String> fields = new LinkedHashMap<>();
		if (node != null) {
			if (node.isObject()) {
				flatten("", node, fields, locale);
			}
			else {
				fields.put("result", value(node, locale));
			}
		}
		return fields;
	}

	private void flatten(String prefix, JsonNode node, Map<String, String> fields, Locale locale) {
		for (var field : node.properties()) {
			String key = prefix + field.getKey();
			if (field.getValue().isObject()) {
				flatten(key + ".", field.getValue(), fields, locale);
			}
			else {
				fields.put(key, value(field.getValue(), locale));
			}
		}
	}

	private String value(JsonNode node, Locale locale) {
		if (node.isNull() || node.isMissingNode()) {
			return "—";
		}
		if (node.isBoolean()) {
			return messages.getMessage(node.booleanValue() ? "audit.value.yes" : "audit.value.no", null, locale);
		}
		if (node.isArray() && node.size() > 0 && node.get(0).isObject()) {
			return messages.getMessage("audit.value.items", new Object[] { node.size() }, locale);
		}
		if (node.isArray()) {
			List<String> items = new ArrayList<>();
			node.values().forEach(item -> items.add(value(item, locale)));
			return items.isEmpty() ? "—" : items.stream().collect(Collectors.joining(", "));
		}
		if (node.isObject()) {
			return node.toString();
		}
		String text = node.asString();
		return node.isString() ? formatted(text) : text;
	}

	/** ISO dates, months and moments as a person in Vietnam writes them; any other text as stored. */
	private String formatted(String text) {
		try {
			if (DATE.matcher(text).matches()) {
				return time.format(LocalDate.parse(text));
			}
			if (MONTH.matcher(text).matches()) {
				return YearMonth.parse(text).format(DateTimeFormatter.ofPattern("MM/yyyy"));
			}
			if (MOMENT.matcher(text).matches()) {
				return time.format(OffsetDateTime.parse(text));
			}
		}
		catch (DateTimeParseException e) {
			// not a date after all: shown as stored
		}
		return text;
	}

	/** The label of the full key ({@code value.status}), else of its last part, else the key itself. */
	private String label(String key, Locale locale) {
		String last = key.substring(key.lastIndexOf('.') + 1);
		String own = messages.getMessage("audit.field." + key, null, null, locale);
		if (own != null) {
			return own;
		}
		String general = messages.getMessage("audit.field." + last, null, null, locale);
		return general != null ? general : key;
	}
}
