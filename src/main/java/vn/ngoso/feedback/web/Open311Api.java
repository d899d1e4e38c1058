package vn.ngoso.feedback.web;

import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.ngoso.feedback.Category;
import vn.ngoso.feedback.Channel;
import vn.ngoso.feedback.Feedbacks;
import vn.ngoso.feedback.NewFeedback;
import vn.ngoso.feedback.Open311Filter;
import vn.ngoso.feedback.PublicFeedback;
import vn.ngoso.feedback.SubmissionThrottle;
import vn.ngoso.feedback.Throttled;
import vn.ngoso.platform.ControlCharacters;
import vn.ngoso.platform.InvalidInput;
import vn.ngoso.territory.AdminUnit;
import vn.ngoso.territory.Territory;

/**
 * Open311 GeoReport v2 (https://wiki.open311.org/GeoReport_v2) at {@code /open311/v2/}, in JSON
 * and XML: the categories as services, feedback items as service requests. Anyone may read and
 * post (no api_key: a key would only be a speed bump for a public form; posts are limited per
 * address instead). Where the spec leaves a choice: {@code address_id} is the code of the
 * commune or hamlet (required, because items are routed by unit); {@code expected_datetime} is
 * the deadline, 17:00 Vietnam time on its last working day; answered items are {@code closed},
 * with the answer as {@code status_notes}. Contact fields are not taken from Open311 clients:
 * the spec has no way to ask for consent. A post is published (the spec lists every request to
 * anyone); the list shows what else was published, masked, and of the rest only category,
 * status, dates, commune and agency, without the reference (see {@code PublicViews}).
 */
@RestController
@RequestMapping("/open311/v2")
class Open311Api {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final LocalTime END_OF_WORKING_DAY = LocalTime.of(17, 0);

	/** Items on a page of GET requests when the client does not say. */
	static final int PAGE_SIZE = 50;

	static final int MAX_PAGE_SIZE = 200;

	static final int MAX_PAGE = 1_000_000;

	/** service_request_id may name this many items at once. */
	private static final int MAX_IDS = 1000;

	private static final MediaType XML = MediaType.parseMediaType("text/xml;charset=UTF-8");

	private final Feedbacks feedbacks;

	private final Territory territory;

	private final SubmissionThrottle throttle;

	private final MessageSource messages;

	Open311Api(Feedbacks feedbacks, Territory territory, SubmissionThrottle throttle, MessageSource messages) {
		this.feedbacks = feedbacks;
		this.territory = territory;
		this.throttle = throttle;
		this.messages = messages;
	}

	@GetMapping("/services.{format}")
	ResponseEntity<?> services(@PathVariable String format, Locale locale) {
		List<Map<String, Object>> services = feedbacks.categories().stream().map(c -> service(c, locale)).toList();
		return answer(format, "services", "service", services);
	}

	@GetMapping("/services/{code}.{format}")
	ResponseEntity<?> service(@PathVariable String code, @PathVariable String format) {
		Category category = feedbacks.categories().stream().filter(c -> c.code().equals(code)).findFirst()
			.orElseThrow(() -> new Open311Error(HttpStatus.NOT_FOUND, "service_code " + code + " not found"));
		Map<String, Object> definition = new LinkedHashMap<>();
		definition.put("service_code", category.code());
		definition.put("attributes", List.of());
		if ("xml".equals(format)) {
			return xml(HttpStatus.OK, Open311Xml.of("service_definition", "attributes", List.of()).replace(
					"<service_definition>", "<service_definition><service_code>" + category.code() + "</service_code>"));
		}
		return json(format, definition);
	}

	/**
	 * The list, newest first, a page at a time: {@code page} (from 1) and {@code page_size} (1–200,
	 * 50 by default), as many GeoReport servers take them. The headers say how many items match
	 * ({@code X-Total-Count}) and where the next page is ({@code Link: <…>; rel="next"}).
	 * Requests by {@code service_request_id} come whole.
	 */
	@GetMapping("/requests.{format}")
	ResponseEntity<?> requests(@PathVariable String format, HttpServletRequest http,
			@RequestParam(name = "service_request_id", required = false) @Nullable String ids,
			@RequestParam(name = "service_code", required = false) @Nullable String serviceCode,
			@RequestParam(name = "start_date", required = false) @Nullable String startDate,
			@RequestParam(name = "end_date", required = false) @Nullable String endDate,
			@RequestParam(name = "status", required = false) @Nullable String status,
			@RequestParam(name = "page", required = false) @Nullable String pageText,
			@RequestParam(name = "page_size", required = false) @Nullable String pageSizeText) {
		checkFormat(format);
		Instant end = endDate == null ? Instant.now() : time("end_date", endDate);
		Instant start = startDate == null ? end.minus(java.time.Duration.ofDays(90)) : time("start_date", startDate);
		Boolean open = null;
		if (status != null && !status.isBlank()) {
			if (!status.equals("open") && !status.equals("closed")) {
				throw new Open311Error(HttpStatus.BAD_REQUEST, "status must be open or closed");
			}
			open = status.equals("open");
		}
		int page = whole("page", pageText, 1, 1, MAX_PAGE);
		int pageSize = whole("page_size", pageSizeText, PAGE_SIZE, 1, MAX_PAGE_SIZE);
		List<String> references = ids == null || ids.isBlank() ? List.of()
				: Arrays.stream(ids.split(",")).map(String::strip).map(String::toUpperCase).toList();
		if (!references.isEmpty()) {
			Open311Filter byId = new Open311Filter(references, null, Instant.EPOCH, Instant.parse("9999-01-01T00:00:00Z"),
					null, MAX_IDS);
			return answer(format, "service_requests", "request", feedbacks.search(byId).stream().map(this::request).toList());
		}
		Open311Filter filter = new Open311Filter(List.of(), serviceCode, start, end, open, (long) (page - 1) * pageSize,
				pageSize);
		List<Map<String, Object>> items = feedbacks.search(filter).stream().map(this::request).toList();
		long total = items.isEmpty() && page == 1 ? 0 : feedbacks.count(filter);
		ResponseEntity<?> answer = answer(format, "service_requests", "request", items);
		HttpHeaders headers = new HttpHeaders();
		headers.putAll(answer.getHeaders());
		headers.set("X-Total-Count", String.valueOf(total));
		headers.setCacheControl(CacheControl.noCache().cachePublic());
		if ((long) page * pageSize < total) {
			headers.set(HttpHeaders.LINK, "<" + next(http, page + 1, pageSize) + ">; rel=\"next\"");
		}
		return ResponseEntity.status(answer.getStatusCode()).headers(headers).body(answer.getBody());
	}

	/** The same list's next page: the request's own parameters, with the page moved on. */
	private static String next(HttpServletRequest http, int page, int pageSize) {
		var next = ServletUriComponentsBuilder.fromRequestUri(http);
		http.getParameterMap().forEach((name, values) -> {
			if (!name.equals("page") && !name.equals("page_size")) {
				next.queryParam(name, (Object[]) values);
			}
		});
		return next.queryParam("page", page).queryParam("page_size", pageSize).encode().build().toUriString();
	}

	/** A whole number parameter between {@code min} and {@code max}; absent means {@code absent}. */
	private static int whole(String name, @Nullable String text, int absent, int min, int max) {
		if (text == null || text.isBlank()) {
			return absent;
		}
		try {
			int value = Integer.parseInt(text.strip());
			if (value >= min && value <= max) {
				return value;
			}
		}
		catch (NumberFormatException e) {
			// answered below, as for a number out of range
		}
		throw new Open311Error(HttpStatus.BAD_REQUEST, name + " must be a whole number from " + min + " to " + max);
	}

	@GetMapping("/requests/{id}.{format}")
	ResponseEntity<?> request(@PathVariable String id, @PathVariable String format) {
		PublicFeedback item = feedbacks.byReference(id)
			.orElseThrow(() -> new Open311Error(HttpStatus.NOT_FOUND, "service_request_id " + id + " not found"));
		return answer(format, "service_requests", "request", List.of(request(item)));
	}

	@PostMapping("/requests.{format}")
	ResponseEntity<?> create(@PathVariable String format, HttpServletRequest http,
			@RequestParam(name = "service_code", required = false) @Nullable String serviceCode,
			@RequestParam(name = "description", required = false) @Nullable String description,
			@RequestParam(name = "lat", required = false) @Nullable String lat,
			@RequestParam(name = "long", required = false) @Nullable String lon,
			@RequestParam(name = "address_id", required = false) @Nullable String addressId) {
		checkFormat(format);
		throttle.acquire(http.getRemoteAddr());
		List<String> missing = new ArrayList<>();
		if (serviceCode == null || serviceCode.isBlank()) {
			missing.add("service_code");
		}
		if (description == null || description.isBlank()) {
			missing.add("description");
		}
		if (addressId == null || addressId.isBlank()) {
			missing.add("address_id");
		}
		if (!missing.isEmpty()) {
			throw new Open311Error(HttpStatus.BAD_REQUEST, "required: " + String.join(", ", missing));
		}
		AdminUnit unit = territory.lookupCodeIgnoringScope(addressId.strip())
			.orElseThrow(() -> new Open311Error(HttpStatus.BAD_REQUEST, "address_id " + addressId + " is not a known unit code"));
		// published: the spec lists every request to anyone, so a client posting here publishes
		NewFeedback input = new NewFeedback(serviceCode, description, unit.id(), number("lat", lat), number("long", lon), null,
				null, false, Channel.API, true);
		PublicFeedback created = feedbacks.submit(input);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("service_request_id", created.reference());
		body.put("service_notice", notice(created));
		body.put("account_id", null);
		return answer(format, "service_requests", "request", List.of(body), HttpStatus.CREATED);
	}

	private Map<String, Object> service(Category c, Locale locale) {
		Map<String, Object> s = new LinkedHashMap<>();
		s.put("service_code", c.code());
		s.put("service_name", c.name(locale));
		s.put("description", c.name(locale) + " — " + c.deadlineDays() + " working days");
		s.put("metadata", false);
		s.put("type", "realtime");
		s.put("keywords", "");
		s.put("group", "");
		return s;
	}

	private Map<String, Object> request(PublicFeedback f) {
		Map<String, Object> r = new LinkedHashMap<>();
		r.put("service_request_id", f.reference());
		r.put("status", f.status().open() ? "open" : "closed");
		r.put("status_notes", f.answer() != null || f.answeredAt() == null ? f.answer() : answeredNote());
		r.put("service_name", f.categoryName());
		r.put("service_code", f.category());
		r.put("description", f.description());
		r.put("agency_responsible", f.agencyName());
		r.put("service_notice", notice(f));
		r.put("requested_datetime", iso(f.receivedAt()));
		r.put("updated_datetime", iso(f.updatedAt()));
		r.put("expected_datetime", OffsetDateTime.of(f.dueOn(), END_OF_WORKING_DAY, VIETNAM.getRules().getOffset(f.receivedAt()))
			.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
		r.put("address", f.unitName());
		r.put("address_id", f.unitCode());
		r.put("zipcode", null);
		r.put("lat", f.lat());
		r.put("long", f.lon());
		r.put("media_url", null);
		return r;
	}

	/** An item not published shows that it was answered, not what. */
	private String answeredNote() {
		return messages.getMessage("open311.answered", null, Locale.forLanguageTag("vi"));
	}

	private String notice(PublicFeedback f) {
		return messages.getMessage("open311.notice", new Object[] { f.dueOn().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")) },
				Locale.forLanguageTag("vi"));
	}

	private static String iso(Instant t) {
		return t.atZone(VIETNAM).toOffsetDateTime().withNano(0).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
	}

	private static Instant time(String name, String text) {
		try {
			return OffsetDateTime.parse(text.strip()).toInstant();
		}
		catch (DateTimeParseException e) {
			try {
				return java.time.LocalDate.parse(text.strip()).atStartOfDay(VIETNAM).toInstant();
			}
			catch (DateTimeParseException e2) {
				throw new Open311Error(HttpStatus.BAD_REQUEST, name + " must be a w3 date-time such as 2024-02-08T09:00:00+07:00");
			}
		}
	}

	private static @Nullable BigDecimal number(String name, @Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(text.strip());
		}
		catch (NumberFormatException e) {
			throw new Open311Error(HttpStatus.BAD_REQUEST, name + " must be a decimal number");
		}
	}

	private static void checkFormat(String format) {
		if (!format.equals("json") && !format.equals("xml")) {
			throw new Open311Error(HttpStatus.NOT_FOUND, "format must be json or xml");
		}
	}

	private ResponseEntity<?> answer(String format, String root, String item, List<Map<String, Object>> items) {
		return answer(format, root, item, items, HttpStatus.OK);
	}

	private ResponseEntity<?> answer(String format, String root, String item, List<Map<String, Object>> items,
			HttpStatus status) {
		checkFormat(format);
		if (format.equals("xml")) {
			return xml(status, Open311Xml.of(root, item, items));
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(items);
	}

	private ResponseEntity<?> json(String format, Object body) {
		checkFormat(format);
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
	}

	private static ResponseEntity<String> xml(HttpStatus status, String body) {
		return ResponseEntity.status(status).contentType(XML).body(body);
	}

	/** An error in GeoReport's own format: {@code [{"code":400,"description":"..."}]}. */
	static class Open311Error extends RuntimeException {

		final HttpStatus status;

		Open311Error(HttpStatus status, String description) {
			super(description);
			this.status = status;
		}
	}

	@ExceptionHandler(Open311Error.class)
	ResponseEntity<?> error(Open311Error e, HttpServletRequest request) {
		return errors(request, e.status, List.of(e.getMessage()));
	}

	@ExceptionHandler(InvalidInput.class)
	ResponseEntity<?> invalid(InvalidInput e, HttpServletRequest request, Locale locale) {
		List<String> descriptions = e.errors().stream()
			.map(err -> open311Name(err.field()) + ": " + messages.getMessage(err.messageKey(), err.args(), locale))
			.toList();
		return errors(request, HttpStatus.BAD_REQUEST, descriptions);
	}

	/** A parameter that could not be bound: a text with a control character (a NUL) is the one a client can send. */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<?> mismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request, Locale locale) {
		String key = ControlCharacters.inAny(e.getValue()) ? ControlCharacters.MESSAGE_KEY : "error.badParameter";
		return errors(request, HttpStatus.BAD_REQUEST, List.of(e.getName() + ": " + messages.getMessage(key, null, locale)));
	}

	@ExceptionHandler(Throttled.class)
	ResponseEntity<?> throttled(Throttled e, HttpServletRequest request, Locale locale) {
		return errors(request, HttpStatus.TOO_MANY_REQUESTS,
				List.of(messages.getMessage("feedback.throttled", new Object[] { e.minutes() }, locale)));
	}

	private static String open311Name(String field) {
		return switch (field) {
			case "category" -> "service_code";
			case "unitId" -> "address_id";
			case "lon" -> "long";
			default -> field;
		};
	}

	private static ResponseEntity<?> errors(HttpServletRequest request, HttpStatus status, List<String> descriptions) {
		List<Map<String, Object>> errors = descriptions.stream().map(d -> {
			Map<String, Object> error = new LinkedHashMap<>();
			error.put("code", status.value());
			error.put("description", d);
			return error;
		}).toList();
		if (request.getRequestURI().endsWith(".xml")) {
			return xml(status, Open311Xml.of("errors", "error", errors));
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(errors);
	}
}
