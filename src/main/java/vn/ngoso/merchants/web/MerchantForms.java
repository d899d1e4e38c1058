package vn.ngoso.merchants.web;

import java.io.IOException;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ngoso.platform.web.FormErrors;
import vn.ngoso.merchants.Merchant;
import vn.ngoso.merchants.MerchantImport;
import vn.ngoso.merchants.MerchantKind;
import vn.ngoso.merchants.Merchants;
import vn.ngoso.merchants.PaymentMethod;
import vn.ngoso.platform.InvalidInput;
import vn.ngoso.platform.web.BindingErrors;
import vn.ngoso.teams.TeamFilter;
import vn.ngoso.teams.Teams;
import vn.ngoso.territory.Territory;

/** The form to enter or change a point (Post/Redirect/Get), and the spreadsheet import. */
@Controller
class MerchantForms {

	private final Merchants merchants;

	private final Territory territory;

	private final Teams teams;

	private final MessageSource messages;

	MerchantForms(Merchants merchants, Territory territory, Teams teams, MessageSource messages) {
		this.merchants = merchants;
		this.territory = territory;
		this.teams = teams;
		this.messages = messages;
	}

	@GetMapping("/merchants/new")
	String newMerchant(@RequestParam(required = false) @Nullable Long unitId, Model model) {
		merchants.template(); // only those who may enter points see the form
		MerchantForm form = new MerchantForm();
		form.setUnitId(unitId);
		return form(null, form, null, model);
	}

	@PostMapping("/merchants")
	String create(@ModelAttribute("form") MerchantForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			return form(null, form, BindingErrors.of(binding, "typeMismatch"), model);
		}
		try {
			Merchant created = merchants.create(form.toInput(null)).merchant();
			redirect.addFlashAttribute("flash", "merchant.created");
			return "redirect:/merchants/" + created.id();
		}
		catch (InvalidInput e) {
			return form(null, form, e, model);
		}
	}

	@GetMapping("/merchants/{id}/edit")
	String edit(@PathVariable UUID id, Model model) {
		merchants.template();
		return form(id, MerchantForm.of(merchants.get(id)), null, model);
	}

	@PostMapping("/merchants/{id}")
	String update(@PathVariable UUID id, @ModelAttribute("form") MerchantForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			return form(id, form, BindingErrors.of(binding, "typeMismatch"), model);
		}
		try {
			merchants.update(id, form.toInput(id));
			redirect.addFlashAttribute("flash", "merchant.updated");
			return "redirect:/merchants/" + id;
		}
		catch (InvalidInput e) {
			return form(id, form, e, model);
		}
	}

	private String form(@Nullable UUID id, MerchantForm form, @Nullable InvalidInput e, Model model) {
		model.addAttribute("id", id);
		model.addAttribute("form", form);
		model.addAttribute("errors", texts(e));
		model.addAttribute("kinds", MerchantKind.values());
		model.addAttribute("methods", PaymentMethod.values());
		var units = territory.filterOptions();
		var listed = units.stream().map(u -> u.id()).collect(java.util.stream.Collectors.toSet());
		model.addAttribute("units", units);
		// hamlets below the two levels the outline shows (a province's), named with their commune
		model.addAttribute("hamlets", territory.hamletOptions().stream().filter(h -> !listed.contains(h.id())).toList());
		model.addAttribute("teams", teams.teams(new TeamFilter(null, false, null), 0, 2000).items());
		model.addAttribute("markets", merchants.markets().stream().filter(m -> !m.id().equals(id)).toList());
		return "merchants/form";
	}

	/** Field → message in the page's language, with its arguments (the unknown kind, the allowed range). */
	private Map<String, String> texts(@Nullable InvalidInput e) {
		return FormErrors.byField(e, messages);
	}

	@GetMapping("/merchants/import")
	String importPage(Model model) {
		merchants.template();
		return importView(null, null, model);
	}

	@PostMapping("/merchants/import")
	String importFile(@RequestParam(name = "file", required = false) @Nullable MultipartFile file, Model model,
			RedirectAttributes redirect) throws IOException {
		MerchantImport result = MerchantApi.run(merchants, file);
		if (result.ok()) {
			redirect.addFlashAttribute("flash", "merchant.import.done");
			redirect.addFlashAttribute("flashArg", result.created().size());
			return "redirect:/merchants";
		}
		return importView(result, file == null ? null : file.getOriginalFilename(), model);
	}

	private String importView(@Nullable MerchantImport result, @Nullable String fileName, Model model) {
		model.addAttribute("result", result);
		model.addAttribute("fileName", fileName);
		model.addAttribute("header", vn.ngoso.merchants.internal.MerchantWorkbook.HEADER);
		return "merchants/import";
	}

	@GetMapping("/merchants/template.xlsx")
	ResponseEntity<byte[]> template() {
		return ResponseEntity.ok().contentType(MediaType.parseMediaType(MerchantApi.XLSX))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("mau-diem-thanh-toan.xlsx").build().toString())
			.body(merchants.template());
	}
}
