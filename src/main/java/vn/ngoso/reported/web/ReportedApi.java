package vn.ngoso.reported.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.ngoso.figures.FigureValue;
import vn.ngoso.figures.Period;
import vn.ngoso.platform.InvalidInput;
import vn.ngoso.platform.InvalidInput.FieldError;
import vn.ngoso.platform.web.UploadedFile;
import vn.ngoso.reported.ReportedEntry;
import vn.ngoso.reported.ReportedFilter;
import vn.ngoso.reported.ReportedImport;
import vn.ngoso.reported.ReportedStatus;
import vn.ngoso.reported.ReportedStep;
import vn.ngoso.reported.ReportedValue;
import vn.ngoso.reported.ReportedValues;
import vn.ngoso.reported.internal.MonthText;
import vn.ngoso.territory.AdminUnit;
import vn.ngoso.territory.Territory;
import vn.ngoso.territory.UnitReference;

@RestController
@RequestMapping("/api/v1/indicators/reported")
@Tag(name = "Reported indicators",
		description = "Values entered by source agencies per unit and months: draft → submitted → approved or rejected by the level above")
class ReportedApi {

	record EntryRequest(@Nullable String unitCode, @Nullable String indicator, @Nullable String from,
			@Nullable String to, @Nullable BigDecimal value, @Nullable String note) {
	}

	record CommentRequest(@Nullable String comment) {
	}

	record StepJson(String action, ReportedStatus status, String actor, Instant at, @Nullable String comment,
			BigDecimal value, YearMonth from, YearMonth to) {

		static StepJson of(ReportedStep s) {
			return new StepJson(s.action(), s.status(), s.actor(), s.at(), s.comment(), s.value(), s.from(), s.to());
		}
	}

	record ValueJson(UUID id, long unitId, String unitCode, String unitName, String indicator, String indicatorName, YearMonth from,
			YearMonth to, BigDecimal value, @Nullable String note, ReportedStatus status, String enteredBy,
			Instant enteredAt, @Nullable Instant submittedAt, @Nullable String decidedBy, @Nullable Instant decidedAt,
			@Nullable List<StepJson> history) {
	}

	record PageJson<T>(List<T> items, int page, int size, long total) {
	}

	record ImportJson(int rows, List<UUID> created) {
	}

	record FigureJson(String indicator, String name, @Nullable BigDecimal value, @Nullable Instant changedAt) {
	}

	private final ReportedValues values;

	private final Territory territory;

	private final MessageSource messages;

	ReportedApi(ReportedValues values, Territory territory, MessageSource messages) {
		this.values = values;
		this.territory = territory;
		this.messages = messages;
	}

	@GetMapping
	@Operation(summary = "Values under a unit (by code), of an indicator, in a status; awaiting=true: those the caller may approve")
	PageJson<ValueJson> list(
			@Parameter(description = UnitReference.CODE) @RequestParam(required = false) @Nullable String unit,
			@Parameter(description = UnitReference.AT) @RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate at,
			@RequestParam(required = false) String indicator,
			@RequestParam(required = false) ReportedStatus status, @RequestParam(defaultValue = "false") boolean awaiting,
			@RequestParam(defaultValue = "false") boolean mine, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		values.requireOfficer();
		Long unitId = territory.find(UnitReference.query(unit, at, null)).map(AdminUnit::id).orElse(null);
		var result = values.list(new ReportedFilter(unitId, indicator == null || indicator.isBlank() ? null : indicator,
				status, awaiting, mine), Math.max(0, page), Math.max(1, Math.min(size, 500)));
		return new PageJson<>(result.items().stream().map(v -> json(v, null)).toList(), result.page(), result.size(),
				result.total());
	}

	@PostMapping
	@Operation(summary = "Enter a value as a draft of the caller (months as YYYY-MM or MM/YYYY)")
	ResponseEntity<ValueJson> enter(@RequestBody EntryRequest request) {
		UUID id = values.enter(entry(request));
		return ResponseEntity.created(URI.create("/api/v1/indicators/reported/" + id)).body(withHistory(id));
	}

	@GetMapping("/{id}")
	@Operation(summary = "A value with every step of its history")
	ValueJson value(@PathVariable UUID id) {
		return withHistory(id);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Correct a draft or a rejected value of the caller's own")
	ValueJson edit(@PathVariable UUID id, @RequestBody EntryRequest request) {
		values.get(id);
		values.edit(id, entry(request));
		return withHistory(id);
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Delete a draft of the caller's own")
	ResponseEntity<Void> delete(@PathVariable UUID id) {
		values.delete(id);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{id}/submit")
	ValueJson submit(@PathVariable UUID id, @RequestBody(required = false) @Nullable CommentRequest request) {
		values.submit(id, comment(request));
		return withHistory(id);
	}

	@PostMapping("/{id}/approve")
	@Operation(summary = "Approve a submitted value of a unit below the caller's own (never one's own value)")
	ValueJson approve(@PathVariable UUID id, @RequestBody(required = false) @Nullable CommentRequest request) {
		values.approve(id, comment(request));
		return withHistory(id);
	}

	@PostMapping("/{id}/reject")
	@Operation(summary = "Send a submitted value back to its author; the comment is required")
	ValueJson reject(@PathVariable UUID id, @RequestBody(required = false) @Nullable CommentRequest request) {
		String comment = comment(request);
		values.reject(id, comment == null ? "" : comment);
		return withHistory(id);
	}

	@GetMapping("/approved")
	@Operation(summary = "A unit's reported figures for a span of months, from approved values only")
	List<FigureJson> approved(
			@Parameter(description = UnitReference.CODE) @RequestParam(required = false) @Nullable String unit,
			@Parameter(description = UnitReference.AT) @RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate at,
			@RequestParam String from, @RequestParam String to) {
		values.requireOfficer();
		long unitId = territory.require(UnitReference.query(unit, at, null)).id();
		YearMonth first = MonthText.parse(from).value().orElseThrow(() -> InvalidInput.of("from", "reported.month.invalid"));
		YearMonth last = MonthText.parse(to).value().orElseThrow(() -> InvalidInput.of("to", "reported.month.invalid"));
		Map<String, FigureValue> figures = values.approved(unitId, new Period(first, last));
		return figures.values().stream()
			.map(f -> new FigureJson(f.code(), name(f.code()), f.value(), f.changedAt())).toList();
	}

	@GetMapping("/template.xlsx")
	@Operation(summary = "The workbook to fill in for an import")
	ResponseEntity<byte[]> template() {
		values.requireOfficer();
		return ResponseEntity.ok().contentType(MediaType.parseMediaType(ReportedPages.XLSX))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("mau-so-lieu-bao-cao.xlsx").build().toString())
			.body(values.template());
	}

	@PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Import a workbook: every row becomes a draft of the caller, or nothing is saved when a row is wrong")
	ResponseEntity<ImportJson> importFile(@RequestParam(name = "file", required = false) MultipartFile file)
			throws IOException {
		values.requireOfficer();
		ReportedImport result;
		if (file == null || file.isEmpty()) {
			result = ReportedImport.refused("reported.import.fileRequired");
		}
		else if (file.getSize() > ReportedPages.MAX_UPLOAD) {
			result = ReportedImport.refused("reported.import.tooLarge", ReportedPages.MAX_UPLOAD / 1024 / 1024);
		}
		else {
			try (UploadedFile workbook = UploadedFile.of(file)) {
				result = values.importDrafts(workbook.path());
			}
		}
		if (!result.ok()) {
			throw new ImportRefused(result);
		}
		return ResponseEntity.status(201).body(new ImportJson(result.rows(), result.created()));
	}

	/** Carries a refused import to {@link ReportedProblems}. */
	static final class ImportRefused extends RuntimeException {

		final transient ReportedImport result;

		ImportRefused(ReportedImport result) {
			super("import refused", null, false, false);
			this.result = result;
		}
	}

	private ReportedEntry entry(EntryRequest r) {
		List<FieldError> errors = new java.util.ArrayList<>();
		YearMonth from = month("from", r.from(), errors);
		YearMonth to = month("to", r.to(), errors);
		var entry = new ReportedEntry(r.unitCode(), r.indicator(), from, to, r.value(), r.note());
		if (errors.isEmpty()) {
			return entry;
		}
		// Report the unreadable months together with whatever else is wrong with the entry.
		try {
			values.check(entry);
		}
		catch (InvalidInput e) {
			throw EntryErrors.merge(errors, e, Map.of());
		}
		throw new InvalidInput(errors);
	}

	private static YearMonth month(String field, @Nullable String text, List<FieldError> errors) {
		MonthText.Parsed parsed = MonthText.parse(text);
		if (parsed.invalid()) {
			errors.add(new FieldError(field, "reported.month.invalid"));
		}
		return parsed.month();
	}

	private static @Nullable String comment(@Nullable CommentRequest request) {
		return request == null ? null : request.comment();
	}

	private ValueJson withHistory(UUID id) {
		ReportedValue v = values.get(id);
		return json(v, values.history(id).stream().map(StepJson::of).toList());
	}

	private ValueJson json(ReportedValue v, @Nullable List<StepJson> history) {
		return new ValueJson(v.id(), v.unitId(), v.unitCode(), v.unitName(), v.indicator(), name(v.indicator()), v.from(), v.to(),
				v.value(), v.note(), v.status(), v.enteredBy(), v.enteredAt(), v.submittedAt(), v.decidedBy(),
				v.decidedAt(), history);
	}

	private String name(String code) {
		return messages.getMessage("indicator." + code + ".name", null, code, LocaleContextHolder.getLocale());
	}
}
