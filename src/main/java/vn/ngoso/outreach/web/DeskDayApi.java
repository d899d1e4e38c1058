package vn.ngoso.outreach.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ngoso.outreach.ServiceDeskDay;
import vn.ngoso.outreach.ServiceDeskDays;
import vn.ngoso.platform.InvalidInput;
import vn.ngoso.platform.Page;
import vn.ngoso.territory.Territory;
import vn.ngoso.territory.UnitQuery;

@RestController
@RequestMapping("/api/v1/service-desk-days")
@Tag(name = "Service-desk days", description = "Support days at the provincial Public Administration Service Centre"
		+ " and the communes' one-stop desks; the client makes the id so a retry is harmless")
class DeskDayApi {

	private final ServiceDeskDays days;

	private final Territory territory;

	DeskDayApi(ServiceDeskDays days, Territory territory) {
		this.days = days;
		this.territory = territory;
	}

	@PostMapping
	@Operation(summary = "Plan a day (no results; may lie ahead) or record one with its results (today or earlier);"
			+ " the same id again changes nothing and answers 200")
	ResponseEntity<ServiceDeskDay> record(@RequestBody DeskDayBody body) {
		ServiceDeskDays.Recorded recorded;
		try {
			recorded = days.record(body.toCommand(territory.idOf(body.unit())));
		}
		catch (InvalidInput e) {
			throw body.unit().inRequestTerms(e);
		}
		return ResponseEntity.status(recorded.created() ? HttpStatus.CREATED : HttpStatus.OK)
			.location(URI.create("/api/v1/service-desk-days/" + recorded.day().id())).body(recorded.day());
	}

	@PutMapping("/{id}/results")
	@Operation(summary = "Record (or correct) a day's results, on the day or after")
	ServiceDeskDay results(@PathVariable UUID id, @RequestBody ResultsBody body) {
		return days.recordResults(id, body.toCommand());
	}

	@GetMapping("/{id}")
	ServiceDeskDay get(@PathVariable UUID id) {
		return days.get(id);
	}

	@GetMapping
	@Operation(summary = "Days at the desks of a unit and every unit under it, the latest first")
	Page<ServiceDeskDay> list(
			@ParameterObject UnitQuery unit,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		long id = territory.require(unit.reference()).id();
		return days.under(id, Math.max(0, page), Math.min(Math.max(1, size), 200));
	}

	@GetMapping("/upcoming")
	@Operation(summary = "Planned days in the next two months at the desks serving a unit of the caller's scope: its own"
			+ " and those above it (a desk above the scope without the members on duty and the notes)")
	List<ServiceDeskDay> upcoming(
			@ParameterObject UnitQuery unit) {
		return days.upcoming(territory.require(unit.reference()).id());
	}
}
