package vn.ngoso.setup.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ngoso.platform.CurrentScope;
import vn.ngoso.platform.InvalidInput;
import vn.ngoso.platform.OutOfScope;
import vn.ngoso.platform.Role;
import vn.ngoso.teams.TeamImport;
import vn.ngoso.platform.ImportResult;
import vn.ngoso.teams.Teams;
import vn.ngoso.territory.AdminUnit;
import vn.ngoso.territory.DeploymentProvince;
import vn.ngoso.territory.HamletImport;
import vn.ngoso.territory.Territory;
import vn.ngoso.territory.UnitSummary;

/**
 * The first-run page ("Thiết lập"): (1) choose the province, (2) import its hamlets, (3) import its
 * teams, (4) done, with the counts and the way on to the accounts and the dashboard. Administrators only.
 */
@Controller
@RequestMapping("/thiet-lap")
class SetupPage {

	private final DeploymentProvince province;

	private final Territory territory;

	private final HamletImport hamletImport;

	private final TeamImport teamImport;

	private final Teams teams;

	private final CurrentScope scope;

	SetupPage(DeploymentProvince province, Territory territory, HamletImport hamletImport, TeamImport teamImport,
			Teams teams, CurrentScope scope) {
		this.province = province;
		this.territory = territory;
		this.hamletImport = hamletImport;
		this.teamImport = teamImport;
		this.teams = teams;
		this.scope = scope;
	}

	/** @param step a step to open again (1: change the province, 2 or 3: import more) */
	@GetMapping
	String page(@RequestParam(name = "buoc", required = false) @Nullable Integer step, Model model) {
		return show(model, step != null && step >= 1 && step <= 3 ? step : null);
	}

	@PostMapping("/tinh")
	String choose(@RequestParam(name = "province", required = false) @Nullable Long unitId, Model model,
			RedirectAttributes redirect) {
		requireAdmin();
		try {
			if (unitId == null) {
				throw InvalidInput.of("province", "setup.province.required");
			}
			AdminUnit chosen = province.choose(unitId);
			redirect.addFlashAttribute("flash", "setup.province.chosen");
			redirect.addFlashAttribute("flashArg", chosen.name() + " (" + chosen.code() + ")");
			return "redirect:/thiet-lap";
		}
		catch (InvalidInput e) {
			var first = e.errors().get(0);
			model.addAttribute("provinceError", first);
			return show(model, 1);
		}
	}

	@PostMapping("/ap")
	String hamlets(@RequestParam(name = "file", required = false) @Nullable MultipartFile file, Model model)
			throws IOException {
		requireAdmin();
		AdminUnit chosen = province.current().orElse(null);
		if (chosen == null) {
			return "redirect:/thiet-lap";
		}
		ImportResult result = file == null || file.isEmpty()
				? new ImportResult(0, List.of(new ImportResult.RowError(0, "file", "csv.noFile", "")))
				: hamletImport.importCsv(file.getInputStream(), chosen);
		model.addAttribute("hamletResult", result);
		return show(model, result.succeeded() ? null : 2);
	}

	@PostMapping("/to")
	String teams(@RequestParam(name = "file", required = false) @Nullable MultipartFile file, Model model)
			throws IOException {
		requireAdmin();
		if (province.current().isEmpty()) {
			return "redirect:/thiet-lap";
		}
		ImportResult result = file == null || file.isEmpty() ? ImportResult.refused("csv.noFile", "")
				: teamImport.importCsv(file.getInputStream());
		model.addAttribute("teamResult", result);
		return show(model, result.succeeded() ? null : 3);
	}

	/** The hamlets file to fill in: the header and one example row with a commune of the province. */
	@GetMapping("/mau-ap.csv")
	ResponseEntity<byte[]> hamletTemplate() {
		requireAdmin();
		return csv("mau-ap-khu-pho.csv", String.join(",", HamletImport.HEADER) + "\n" + province.exampleCommuneCode() + ",Ấp 1,Ấp\n");
	}

	private String show(Model model, @Nullable Integer openStep) {
		requireAdmin();
		AdminUnit chosen = province.current().orElse(null);
		SetupProgress progress = chosen == null ? new SetupProgress(null, 0, 0, 0) : progressOf(chosen);
		model.addAttribute("progress", progress);
		model.addAttribute("openStep", openStep == null ? progress.currentStep() : openStep);
		model.addAttribute("choices", province.choices());
		model.addAttribute("hamletHeader", String.join(",", HamletImport.HEADER));
		model.addAttribute("teamHeader", String.join(",", TeamImport.HEADER));
		return "setup/page";
	}

	private SetupProgress progressOf(AdminUnit chosen) {
		UnitSummary summary = territory.summary(chosen.id());
		return new SetupProgress(chosen, summary.communes(), summary.hamlets(),
				teams.countUnderIgnoringScope(chosen.path()));
	}

	static ResponseEntity<byte[]> csv(String filename, String text) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.body(text.getBytes(StandardCharsets.UTF_8));
	}

	private void requireAdmin() {
		if (scope.get().role() != Role.ADMIN) {
			throw new OutOfScope("setup");
		}
	}
}
