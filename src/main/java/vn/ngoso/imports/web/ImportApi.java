package vn.ngoso.imports.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.ngoso.imports.HouseholdImports;
import vn.ngoso.imports.ImportJob;
import vn.ngoso.imports.ImportStatus;
import vn.ngoso.imports.RowError;
import vn.ngoso.platform.InvalidInput;

@RestController
@RequestMapping("/api/v1/imports")
@Tag(name = "Imports", description = "Bulk import of households and residents from CSV or XLSX")
class ImportApi {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	static final int ERRORS_RETURNED = 1000;

	record Started(UUID id, ImportStatus status) {
	}

	/** {@code notices}: rows left out (a person who withdrew consent) while their household was imported. */
	record JobJson(UUID id, ImportStatus status, String fileName, String uploadedBy, int rowsRead, int rowsValid,
			int rowsInvalid, int rowsNoticed, int householdsCreated, int householdsUpdated, int householdsUnchanged,
			@Nullable String problem, Instant createdAt, @Nullable Instant startedAt, @Nullable Instant finishedAt,
			int errorCount, List<ErrorJson> errors, int noticeCount, List<ErrorJson> notices) {
	}

	record ErrorJson(int row, String column, @Nullable String value, String message) {

		static ErrorJson of(RowError e) {
			return new ErrorJson(e.rowNo(), e.column(), e.value(), e.message());
		}
	}

	private final HouseholdImports imports;

	ImportApi(HouseholdImports imports) {
		this.imports = imports;
	}

	@PostMapping(path = "/households", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Upload a CSV or XLSX file of households (one row per resident); the import runs in the background")
	ResponseEntity<Started> upload(@RequestParam(name = "file", required = false) MultipartFile file)
			throws IOException {
		if (file == null || file.isEmpty()) {
			throw InvalidInput.of("file", "import.file.required");
		}
		ImportJob job = imports.start(file.getOriginalFilename() == null ? "" : file.getOriginalFilename(),
				file.getInputStream());
		return ResponseEntity.accepted().location(URI.create("/api/v1/imports/" + job.id()))
			.body(new Started(job.id(), job.status()));
	}

	@GetMapping("/{id}")
	@Operation(summary = "An import's status, counts, its first 1000 row errors and its first 1000 row notices")
	JobJson job(@PathVariable UUID id) {
		ImportJob job = imports.job(id);
		var locale = LocaleContextHolder.getLocale();
		List<ErrorJson> errors = job.running() ? List.of()
				: imports.errors(id, ERRORS_RETURNED, locale).stream().map(ErrorJson::of).toList();
		List<ErrorJson> notices = job.running() ? List.of()
				: imports.notices(id, ERRORS_RETURNED, locale).stream().map(ErrorJson::of).toList();
		return new JobJson(job.id(), job.status(), job.fileName(), job.uploadedBy(), job.rowsRead(), job.rowsValid(),
				job.rowsInvalid(), job.rowsNoticed(), job.householdsCreated(), job.householdsUpdated(),
				job.householdsUnchanged(), imports.problem(job, locale), job.createdAt(), job.startedAt(),
				job.finishedAt(), job.running() ? 0 : imports.errorCount(id), errors,
				job.running() ? 0 : imports.noticeCount(id), notices);
	}

	@GetMapping("/{id}/report.xlsx")
	@Operation(summary = "Every row error and notice of an import as an XLSX file (Dòng, Cột, Giá trị, Lỗi, Loại)")
	void report(@PathVariable UUID id, HttpServletResponse response) throws IOException {
		imports.job(id);
		response.setContentType(XLSX);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("loi-nhap-" + id + ".xlsx").build().toString());
		imports.writeReport(id, LocaleContextHolder.getLocale(), response.getOutputStream());
	}

	@GetMapping("/template.xlsx")
	@Operation(summary = "The template to fill in, as XLSX")
	ResponseEntity<byte[]> template() {
		return ResponseEntity.ok().contentType(MediaType.parseMediaType(XLSX))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("mau-nhap-ho.xlsx").build().toString())
			.body(HouseholdImports.templateXlsx());
	}
}
