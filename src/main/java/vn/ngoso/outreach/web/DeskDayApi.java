package vn.ngoso.outreach.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
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
import vn.ngoso.outreach.DeskResults;
import vn.ngoso.outreach.RecordDeskDay;
import vn.ngoso.outreach.ServiceDeskDay;
import vn.ngoso.outreach.ServiceDeskDays;
import vn.ngoso.platform.Page;

@RestController
@RequestMapping("/api/v1/service-desk-days")
@Tag(name = "Service-desk days", description = "Support days at the provincial Public Administration Service Centre"
		+ " and the communes' one-stop desks; the client makes the id so a retry is harmless")
class DeskDayApi {

	private final ServiceDeskDays days;

	DeskDayApi(ServiceDeskDays days) {
		this.days = days;
	}

	@PostMapping
	@Operation(summary = "Plan a day (no results; may lie ahead) or record one with its results (today or earlier);"
			+ " the same id again changes nothing and answers 200")
	ResponseEntity<ServiceDeskDay> record(@RequestBody RecordDeskDay body) {
		ServiceDeskDays.Recorded recorded = days.record(body);
		return ResponseEntity.status(recorded.created() ? HttpStatus.CREATED : HttpStatus.OK)
			.location(URI.create("/api/v1/service-desk-days/" + recorded.day().id())).body(recorded.day());
	}

	@PutMapping("/{id}/results")
	@Operation(summary = "Record (or correct) a day's results, on the day or after")
	ServiceDeskDay results(@PathVariable UUID id, @RequestBody DeskResults body) {
		return days.recordResults(id, body);
	}

	@GetMapping("/{id}")
	ServiceDeskDay get(@PathVariable UUID id) {
		return days.get(id);
	}

	@GetMapping
	@Operation(summary = "Days at the desks of a unit and every unit under it, the latest first")
	Page<ServiceDeskDay> list(@RequestParam long unit, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return days.under(unit, Math.max(0, page), Math.min(Math.max(1, size), 200));
	}

	@GetMapping("/upcoming")
	@Operation(summary = "Planned days in the next two months at the desks serving a unit of the caller's scope: its own"
			+ " and those above it (a desk above the scope without the members on duty and the notes)")
	List<ServiceDeskDay> upcoming(@RequestParam long unit) {
		return days.upcoming(unit);
	}
}
