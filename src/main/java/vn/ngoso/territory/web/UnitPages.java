package vn.ngoso.territory.web;

import java.io.IOException;
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
import vn.ngoso.platform.CurrentScope;
import vn.ngoso.platform.InvalidInput;
import vn.ngoso.territory.AdminUnit;
import vn.ngoso.territory.HamletImport;
import vn.ngoso.platform.ImportResult;
import vn.ngoso.territory.Territory;
import vn.ngoso.territory.UnitType;

@Controller
@RequestMapping("/units")
class UnitPages {

	private final Territory territory;

	private final HamletImport hamletImport;

	private final CurrentScope scope;

	UnitPages(Territory territory, HamletImport hamletImport, CurrentScope scope) {
		this.territory = territory;
		this.hamletImport = hamletImport;
		this.scope = scope;
	}

	@GetMapping
	String start(Model model) {
		var starts = territory.startingPoints();
		if (starts.size() == 1) {
			return "redirect:/units/" + starts.get(0).unit().id();
		}
		model.addAttribute("roots", starts);
		return "territory/roots";
	}

	@GetMapping("/{id}")
	String unit(@PathVariable long id, Model model) {
		model.addAttribute("summary", territory.summary(id));
		model.addAttribute("unit", territory.get(id));
		model.addAttribute("breadcrumbs", territory.breadcrumbs(id));
		model.addAttribute("children", territory.children(id));
		model.addAttribute("canAddHamlet", territory.get(id).isCommune() && scope.get().role().isOfficer());
		model.addAttribute("hamletTypes", new UnitType[] { UnitType.AP, UnitType.KHU_PHO });
		return "territory/unit";
	}

	@GetMapping("/search")
	String search(@RequestParam(defaultValue = "") String q, @RequestHeader(name = "HX-Request", required = false) String htmx,
			Model model) {
		model.addAttribute("q", q);
		model.addAttribute("results", territory.search(q, 50));
		return htmx != null ? "territory/fragments/search-results :: results" : "territory/search";
	}

	@PostMapping("/{id}/hamlets")
	String addHamlet(@PathVariable long id, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "AP") String type, Model model, RedirectAttributes redirect) {
		try {
			AdminUnit hamlet = territory.createHamlet(id, name, UnitType.parse(type).orElse(UnitType.AP));
			redirect.addFlashAttribute("flash", "unit.hamlet.created");
			redirect.addFlashAttribute("flashArg", hamlet.name());
			return "redirect:/units/" + id;
		}
		catch (InvalidInput e) {
			model.addAttribute("hamletErrors", e.errors());
			model.addAttribute("hamletName", name);
			return unit(id, model);
		}
	}

	@GetMapping("/hamlets/import")
	String importForm() {
		return "territory/import";
	}

	@PostMapping("/hamlets/import")
	String importCsv(@RequestParam(name = "file", required = false) MultipartFile file, Model model) throws IOException {
		if (file == null || file.isEmpty()) {
			model.addAttribute("result", new ImportResult(0,
					java.util.List.of(new ImportResult.RowError(0, "file", "csv.noFile", ""))));
			return "territory/import";
		}
		model.addAttribute("result", hamletImport.importCsv(file.getInputStream()));
		return "territory/import";
	}
}
