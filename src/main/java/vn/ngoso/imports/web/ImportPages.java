package vn.ngoso.imports.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.context.i18n.LocaleContextHolder;
import vn.ngoso.imports.HouseholdImports;
import vn.ngoso.imports.ImportJob;

/** The import page (upload, template, recent jobs) and a job's page, which polls itself while it runs. */
@Controller
@RequestMapping("/imports")
class ImportPages {

	static final int ERRORS_SHOWN = 200;

	private final HouseholdImports imports;

	ImportPages(HouseholdImports imports) {
		this.imports = imports;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("jobs", imports.recent(30));
		return "imports/list";
	}

	@PostMapping
	String upload(@RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes redirect)
			throws IOException {
		if (file == null || file.isEmpty()) {
			imports.requireOfficer();
			redirect.addFlashAttribute("flashError", "import.file.required");
			return "redirect:/imports";
		}
		ImportJob job = imports.start(file.getOriginalFilename() == null ? "" : file.getOriginalFilename(),
				file.getInputStream());
		return "redirect:/imports/" + job.id();
	}

	@GetMapping("/{id}")
	String job(@PathVariable UUID id, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		ImportJob job = imports.job(id);
		model.addAttribute("job", job);
		model.addAttribute("problem", imports.problem(job, LocaleContextHolder.getLocale()));
		if (!job.running()) {
			model.addAttribute("errors", imports.errors(id, ERRORS_SHOWN, LocaleContextHolder.getLocale()));
			model.addAttribute("errorCount", imports.errorCount(id));
			model.addAttribute("notices", imports.notices(id, ERRORS_SHOWN, LocaleContextHolder.getLocale()));
			model.addAttribute("noticeCount", imports.noticeCount(id));
		}
		return htmx != null ? "imports/fragments/job :: job" : "imports/job";
	}

	@GetMapping("/{id}/report.xlsx")
	void report(@PathVariable UUID id, HttpServletResponse response) throws IOException {
		imports.job(id);
		response.setContentType(ImportApi.XLSX);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("loi-nhap-" + id + ".xlsx").build().toString());
		imports.writeReport(id, LocaleContextHolder.getLocale(), response.getOutputStream());
	}

	@GetMapping("/template.xlsx")
	ResponseEntity<byte[]> templateXlsx() {
		return download(HouseholdImports.templateXlsx(), "mau-nhap-ho.xlsx", MediaType.parseMediaType(ImportApi.XLSX));
	}

	@GetMapping("/template.csv")
	ResponseEntity<byte[]> templateCsv() {
		return download(HouseholdImports.templateCsv(), "mau-nhap-ho.csv", new MediaType("text", "csv",
				java.nio.charset.StandardCharsets.UTF_8));
	}

	private static ResponseEntity<byte[]> download(byte[] body, String name, MediaType type) {
		return ResponseEntity.ok().contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(body);
	}
}
