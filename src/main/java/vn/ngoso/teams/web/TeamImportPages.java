package vn.ngoso.teams.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
import vn.ngoso.platform.OutOfScope;
import vn.ngoso.teams.TeamImport;
import vn.ngoso.platform.ImportResult;
import vn.ngoso.teams.Teams;
import vn.ngoso.territory.DeploymentProvince;

/** Founding many teams at once from a CSV file, for officers within their scope; and the file's template. */
@Controller
@RequestMapping("/teams/import")
class TeamImportPages {

	private final TeamImport teamImport;

	private final Teams teams;

	private final DeploymentProvince province;

	TeamImportPages(TeamImport teamImport, Teams teams, DeploymentProvince province) {
		this.teamImport = teamImport;
		this.teams = teams;
		this.province = province;
	}

	@GetMapping
	String form(Model model) {
		requireOfficer();
		model.addAttribute("teamHeader", String.join(",", TeamImport.HEADER));
		return "teams/import";
	}

	@PostMapping
	String importCsv(@RequestParam(name = "file", required = false) @Nullable MultipartFile file, Model model)
			throws IOException {
		requireOfficer();
		model.addAttribute("teamHeader", String.join(",", TeamImport.HEADER));
		model.addAttribute("result", file == null || file.isEmpty() ? ImportResult.refused("csv.noFile", "")
				: teamImport.importCsv(file.getInputStream()));
		return "teams/import";
	}

	/** The file to fill in: the header and one example row with a commune of the deployment's province. */
	@GetMapping("/template.csv")
	ResponseEntity<byte[]> template() {
		requireOfficer();
		String text = String.join(",", TeamImport.HEADER) + "\n" + province.exampleCommuneCode()
				+ ",Ấp 1,Tổ công nghệ số cộng đồng Ấp 1,12/QĐ-UBND,15/03/2025\n";
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("mau-to.csv").build().toString())
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.body(text.getBytes(StandardCharsets.UTF_8));
	}

	private void requireOfficer() {
		if (!teams.canManageTeams()) {
			throw new OutOfScope("team import");
		}
	}
}
