package vn.ngoso.merchants.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.ngoso.merchants.Merchant;
import vn.ngoso.merchants.MerchantFilter;
import vn.ngoso.merchants.MerchantImport;
import vn.ngoso.merchants.MerchantKind;
import vn.ngoso.merchants.Merchants;
import vn.ngoso.merchants.PaymentMethod;
import vn.ngoso.platform.InvalidInput;
import vn.ngoso.platform.Page;
import vn.ngoso.platform.web.UploadedFile;
import vn.ngoso.territory.AdminUnit;
import vn.ngoso.territory.Territory;
import vn.ngoso.territory.UnitQuery;

@RestController
@RequestMapping("/api/v1/merchants")
@Tag(name = "Merchants", description = "Cashless acceptance points: commercial centres, supermarkets, convenience stores,"
		+ " markets and their stalls; inside the caller's subtree")
class MerchantApi {

	static final long MAX_UPLOAD = 5L * 1024 * 1024;

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final Merchants merchants;

	private final MessageSource messages;

	private final Territory territory;

	MerchantApi(Merchants merchants, MessageSource messages, Territory territory) {
		this.merchants = merchants;
		this.messages = messages;
		this.territory = territory;
	}

	@GetMapping
	@Operation(summary = "Points under a unit (default: the whole scope), by kind, payment method and name")
	Page<Merchant> list(
			@ParameterObject UnitQuery unit,
			@RequestParam(required = false) @Nullable MerchantKind kind,
			@RequestParam(required = false) @Nullable PaymentMethod method,
			@RequestParam(required = false) @Nullable String q, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		Long within = territory.find(unit.reference()).map(AdminUnit::id).orElse(null);
		return merchants.list(new MerchantFilter(within, kind, method, q), Math.max(0, page),
				Math.min(Math.max(1, size), 500));
	}

	@GetMapping("/{id}")
	Merchant get(@PathVariable UUID id) {
		return merchants.get(id);
	}

	@PostMapping
	@Operation(summary = "Create a point; an id made by the client makes a retry harmless (the same id answers the stored point)")
	ResponseEntity<Merchant> create(@RequestBody MerchantBody body) {
		Merchants.Saved saved;
		try {
			saved = merchants.create(body.toInput(territory.idOf(body.unit())));
		}
		catch (InvalidInput e) {
			throw body.unit().inRequestTerms(e);
		}
		return ResponseEntity.status(saved.created() ? HttpStatus.CREATED : HttpStatus.OK)
			.location(URI.create("/api/v1/merchants/" + saved.merchant().id())).body(saved.merchant());
	}

	@PutMapping("/{id}")
	@Operation(summary = "Change a point (its stalls follow a market that moves)")
	Merchant update(@PathVariable UUID id, @RequestBody MerchantBody body) {
		try {
			return merchants.update(id, body.toInput(territory.idOf(body.unit())));
		}
		catch (InvalidInput e) {
			throw body.unit().inRequestTerms(e);
		}
	}

	@GetMapping("/template.xlsx")
	@Operation(summary = "The workbook to fill in for an import")
	ResponseEntity<byte[]> template() {
		return ResponseEntity.ok().contentType(MediaType.parseMediaType(XLSX))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("mau-diem-thanh-toan.xlsx").build().toString())
			.body(merchants.template());
	}

	record ImportJson(int rows, List<UUID> created) {
	}

	@PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Import a workbook: all rows are created, or none when one row is wrong (400 naming row and column)")
	ResponseEntity<?> importFile(@RequestParam(name = "file", required = false) @Nullable MultipartFile file)
			throws IOException {
		MerchantImport result = run(merchants, file);
		if (!result.ok()) {
			return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem(result));
		}
		return ResponseEntity.status(HttpStatus.CREATED).body(new ImportJson(result.rows(), result.created()));
	}

	/** The upload checked for presence and size, then imported. */
	static MerchantImport run(Merchants merchants, @Nullable MultipartFile file) throws IOException {
		if (file == null || file.isEmpty()) {
			merchants.template(); // the same access check as an import
			return MerchantImport.refused("merchant.import.fileRequired");
		}
		if (file.getSize() > MAX_UPLOAD) {
			merchants.template();
			return MerchantImport.refused("merchant.import.tooLarge", MAX_UPLOAD / 1024 / 1024);
		}
		try (UploadedFile workbook = UploadedFile.of(file)) {
			return merchants.importFile(workbook.path());
		}
	}

	private ProblemDetail problem(MerchantImport result) {
		String detail = result.fileError() != null ? text(result.fileError(), result.fileErrorArgs())
				: text("merchant.import.errors", result.errors().size());
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
		problem.setTitle(text("error.invalid"));
		problem.setType(URI.create("https://ngoso.vn/problems/invalid-file"));
		problem.setProperty("errors", result.errors().stream()
			.map(r -> Map.<String, Object>of("row", r.line(), "column", r.field(), "message", text(r.messageKey(), r.args().toArray())))
			.toList());
		return problem;
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}
}
