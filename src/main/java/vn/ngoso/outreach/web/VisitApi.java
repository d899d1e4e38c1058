package vn.ngoso.outreach.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ngoso.outreach.RecordVisit;
import vn.ngoso.outreach.Visit;
import vn.ngoso.outreach.Visits;

@RestController
@RequestMapping("/api/v1/visits")
@Tag(name = "Visits", description = "Door-to-door visits; the client makes the id so a retry is harmless")
class VisitApi {

	private final Visits visits;

	VisitApi(Visits visits) {
		this.visits = visits;
	}

	@PostMapping
	@Operation(summary = "Record a visit; sending the same id again changes nothing and answers the same")
	ResponseEntity<Visit> record(@RequestBody VisitBody body) {
		Visits.Recorded recorded = visits.record(body.toCommand());
		return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/v1/visits/" + recorded.visit().id()))
			.body(recorded.visit());
	}

	@GetMapping
	List<Visit> ofHousehold(@RequestParam UUID household) {
		return visits.ofHousehold(household);
	}
}
