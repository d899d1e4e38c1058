package vn.ngoso.territory.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.ngoso.territory.ReorganisationApplied;
import vn.ngoso.territory.ReorganisationPreview;
import vn.ngoso.territory.Reorganisations;
import vn.ngoso.territory.Territory;
import vn.ngoso.territory.UnitHistory;
import vn.ngoso.territory.UnitQuery;

@RestController
@RequestMapping("/api/v1/reorganisations")
@Tag(name = "Reorganisations", description = "Merging and splitting units with history (ADMIN and PROVINCE)")
class ReorganisationApi {

	private final Reorganisations reorganisations;

	private final Territory territory;

	ReorganisationApi(Reorganisations reorganisations, Territory territory) {
		this.reorganisations = reorganisations;
		this.territory = territory;
	}

	@PostMapping(path = "/preview", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Dry run: check a plan and show what it would do (files units, mapping, hamlets; a file left "
			+ "out is the shipped Long An → Tây Ninh one; effective as YYYY-MM-DD). Writes nothing.")
	ReorganisationPreview preview(@RequestParam(required = false) MultipartFile units,
			@RequestParam(required = false) MultipartFile mapping, @RequestParam(required = false) MultipartFile hamlets,
			@RequestParam(required = false) String effective) throws IOException {
		return reorganisations.preview(PlanUpload.of(units, mapping, hamlets, effective));
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Apply a plan in one transaction, or refuse it whole (400 listing every problem)")
	ReorganisationApplied apply(@RequestParam(required = false) MultipartFile units,
			@RequestParam(required = false) MultipartFile mapping, @RequestParam(required = false) MultipartFile hamlets,
			@RequestParam(required = false) String effective) throws IOException {
		return reorganisations.apply(PlanUpload.of(units, mapping, hamlets, effective));
	}

	@GetMapping("/history")
	@Operation(summary = "How a unit was formed, closed, and which hamlets moved in or out; a unit a reorganisation"
			+ " closed is named by its code with at= a day it was in force")
	UnitHistory history(
			@ParameterObject UnitQuery unit) {
		return reorganisations.history(territory.require(unit.reference()).id());
	}

	@GetMapping("/units/{id}/history")
	@Operation(deprecated = true, summary = "deprecated: use GET /api/v1/reorganisations/history?unit=<code>&at=<day>;"
			+ " accepted until the next release")
	UnitHistory historyById(@PathVariable long id) {
		return reorganisations.history(id);
	}
}
