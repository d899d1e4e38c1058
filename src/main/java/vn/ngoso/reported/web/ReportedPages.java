package vn.ngoso.reported.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ngoso.platform.web.FormErrors;
import vn.ngoso.figures.Indicator;
import vn.ngoso.figures.Source;
import vn.ngoso.platform.InvalidInput;
import vn.ngoso.platform.NotFound;
import vn.ngoso.platform.web.UploadedFile;
import vn.ngoso.platform.NotAllowed;
import vn.ngoso.reported.ReportedFilter;
import vn.ngoso.reported.ReportedImport;
import vn.ngoso.reported.ReportedStatus;
import vn.ngoso.reported.ReportedValue;
import vn.ngoso.reported.ReportedValues;
import vn.ngoso.reported.internal.ReportedWorkbook;
import vn.ngoso.territory.Territory;

/**
 * The reported values as officers work with them: the list (all, awaiting my approval, mine), the
 * entry form (Post/Redirect/Get), a value with its history and the step the caller may take, and
 * the workbook import.
 */
@Controller
@RequestMapping("/indicators/reported")
class ReportedPages {

	static final int PAGE_SIZE = 50;

	static final long MAX_UPLOAD = 5L * 1024 * 1024;

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final ReportedValues values;

	private final Territory territory;

	private final MessageSource messages;

	ReportedPages(ReportedValues values, Territory territory, MessageSource messages) {
		this.values = values;
		this.territory = territory;
		this.messages = messages;
	}

	@GetMapping
	String list(@RequestParam(required = false) Long unitId, @RequestParam(required = false) String indicator,
			@RequestParam(required = false) ReportedStatus status, @RequestParam(defaultValue = "all") String view,
			@RequestParam(defaultValue = "0") int page, @RequestHeader(name = "HX-Request", required = false) String htmx,
			Model model) {
		String shown = List.of("awaiting", "mine").contains(view) ? view : "all";
		String code = indicator == null || indicator.isBlank() ? null : indicator;
		var filter = new ReportedFilter(unitId, code, status, shown.equals("awaiting"), shown.equals("mine"));
		model.addAttribute("page", values.list(filter, Math.max(0, page), PAGE_SIZE));
		model.addAttribute("filter", filter);
		model.addAttribute("view", shown);
		if (htmx == null) {
			model.addAttribute("filterUnit", unitId == null ? null : territory.get(unitId));
			model.addAttribute("unitOptions", territory.filterOptions());
			model.addAttribute("indicators", values.reportedIndicators());
			model.addAttribute("statuses", ReportedStatus.values());
			model.addAttribute("awaitingCount", values.awaitingCount());
		}
		return htmx != null ? "indicators/reported/fragments/value-table :: table" : "indicators/reported/list";
	}

	@GetMapping("/new")
	String newValue(@RequestParam(required = false) Long unitId, @RequestParam(required = false) String indicator,
			Model model) {
		values.requireOfficer();
		var form = new ReportedForm();
		form.setUnitId(unitId);
		form.setIndicator(indicator);
		return form(form, null, model);
	}

	@PostMapping
	String create(@ModelAttribute("form") ReportedForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			return form(form, null, model);
		}
		var parsed = form.parse(unitCode(form.getUnitId()));
		try {
			UUID id = values.enter(parsed.entry());
			redirect.addFlashAttribute("flash", "reported.flash.entered");
			return "redirect:/indicators/reported/" + id;
		}
		catch (InvalidInput e) {
			FormErrors.onForm(EntryErrors.merge(parsed.errors(), e, Map.of("unitCode", "unitId")), binding);
			return form(form, null, model);
		}
	}

	@GetMapping("/{id}")
	String value(@PathVariable UUID id, Model model) {
		return detail(values.get(id), model);
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable UUID id, Model model) {
		ReportedValue v = values.get(id);
		if (!values.actions(v).edit()) {
			return "redirect:/indicators/reported/" + id;
		}
		return form(ReportedForm.of(v), id, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable UUID id, @ModelAttribute("form") ReportedForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		values.get(id);
		if (binding.hasErrors()) {
			return form(form, id, model);
		}
		var parsed = form.parse(unitCode(form.getUnitId()));
		try {
			values.edit(id, parsed.entry());
			redirect.addFlashAttribute("flash", "reported.flash.edited");
			return "redirect:/indicators/reported/" + id;
		}
		catch (InvalidInput e) {
			FormErrors.onForm(EntryErrors.merge(parsed.errors(), e, Map.of("unitCode", "unitId")), binding);
			return form(form, id, model);
		}
		catch (NotAllowed e) {
			return refused(id, e, redirect);
		}
	}

	@PostMapping("/{id}/submit")
	String submit(@PathVariable UUID id, @RequestParam(required = false) String comment, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return step(id, comment, "reported.flash.submitted", () -> values.submit(id, comment), model, redirect, response);
	}

	@PostMapping("/{id}/approve")
	String approve(@PathVariable UUID id, @RequestParam(required = false) String comment, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return step(id, comment, "reported.flash.approved", () -> values.approve(id, comment), model, redirect, response);
	}

	@PostMapping("/{id}/reject")
	String reject(@PathVariable UUID id, @RequestParam(required = false) String comment, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return step(id, comment, "reported.flash.rejected", () -> values.reject(id, comment == null ? "" : comment),
				model, redirect, response);
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable UUID id, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		values.get(id);
		try {
			values.delete(id);
		}
		catch (InvalidInput | NotAllowed e) {
			return failed(id, e, null, model, response);
		}
		redirect.addFlashAttribute("flash", "reported.flash.deleted");
		return "redirect:/indicators/reported?view=mine";
	}

	@GetMapping("/import")
	String importPage(Model model) {
		values.requireOfficer();
		model.addAttribute("header", ReportedWorkbook.HEADER);
		return "indicators/reported/import";
	}

	@PostMapping("/import")
	String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model,
			RedirectAttributes redirect, HttpServletResponse response) throws IOException {
		ReportedImport result;
		if (file == null || file.isEmpty()) {
			values.requireOfficer();
			result = ReportedImport.refused("reported.import.fileRequired");
		}
		else if (file.getSize() > MAX_UPLOAD) {
			values.requireOfficer();
			result = ReportedImport.refused("reported.import.tooLarge", MAX_UPLOAD / 1024 / 1024);
		}
		else {
			try (UploadedFile workbook = UploadedFile.of(file)) {
				result = values.importDrafts(workbook.path());
			}
		}
		if (result.ok()) {
			redirect.addFlashAttribute("flash", "reported.flash.imported");
			redirect.addFlashAttribute("flashArg", result.created().size());
			return "redirect:/indicators/reported?view=mine&status=DRAFT";
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		model.addAttribute("result", result);
		model.addAttribute("fileName", file == null || file.isEmpty() ? null : file.getOriginalFilename());
		model.addAttribute("fileError", result.fileError() == null ? null
				: messages.getMessage(result.fileError(), result.fileErrorArgs(), LocaleContextHolder.getLocale()));
		model.addAttribute("header", ReportedWorkbook.HEADER);
		return "indicators/reported/import";
	}

	@GetMapping("/template.xlsx")
	ResponseEntity<byte[]> template() {
		values.requireOfficer();
		return ResponseEntity.ok().contentType(MediaType.parseMediaType(XLSX))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("mau-so-lieu-bao-cao.xlsx").build().toString())
			.body(values.template());
	}

	private String step(UUID id, String comment, String flash, Runnable action, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		values.get(id);
		try {
			action.run();
		}
		catch (InvalidInput | NotAllowed e) {
			return failed(id, e, comment, model, response);
		}
		redirect.addFlashAttribute("flash", flash);
		return "redirect:/indicators/reported/" + id;
	}

	/** The value again, with why the step was refused beside the comment box, and the comment kept. */
	private String failed(UUID id, RuntimeException e, String comment, Model model, HttpServletResponse response) {
		String text;
		if (e instanceof NotAllowed refused) {
			response.setStatus(HttpServletResponse.SC_FORBIDDEN);
			text = messages.getMessage(refused.messageKey(), refused.args(), LocaleContextHolder.getLocale());
		}
		else {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			var error = ((InvalidInput) e).errors().get(0);
			text = messages.getMessage(error.messageKey(), error.args(), LocaleContextHolder.getLocale());
		}
		model.addAttribute("actionError", text);
		model.addAttribute("comment", comment);
		return detail(values.get(id), model);
	}

	private String refused(UUID id, NotAllowed e, RedirectAttributes redirect) {
		redirect.addFlashAttribute("flashError", e.messageKey());
		return "redirect:/indicators/reported/" + id;
	}

	private String detail(ReportedValue v, Model model) {
		model.addAttribute("v", v);
		model.addAttribute("indicator", values.reportedIndicators().stream()
			.filter(i -> i.code().equals(v.indicator())).findFirst().orElse(null));
		model.addAttribute("history", values.history(v.id()));
		model.addAttribute("can", values.actions(v));
		return "indicators/reported/value";
	}

	private String form(ReportedForm form, UUID id, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("valueId", id);
		model.addAttribute("units", territory.filterOptions());
		model.addAttribute("formUnit", form.getUnitId() == null || !territory.isVisible(form.getUnitId()) ? null
				: territory.get(form.getUnitId()));
		Map<Source, List<Indicator>> groups = new LinkedHashMap<>();
		values.reportedIndicators().forEach(i -> groups.computeIfAbsent(i.source(), s -> new ArrayList<>()).add(i));
		model.addAttribute("indicatorGroups", groups);
		model.addAttribute("maxMonth", values.currentMonth().toString());
		return "indicators/reported/form";
	}

	/** The code the service takes for the unit chosen; a unit outside the scope reads as unknown. */
	private String unitCode(Long unitId) {
		if (unitId == null) {
			return null;
		}
		try {
			return territory.get(unitId).code();
		}
		catch (NotFound e) {
			return "#" + unitId;
		}
	}
}
