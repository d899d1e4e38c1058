package vn.ngoso.outreach.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.UUID;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ngoso.outreach.OutreachSession;
import vn.ngoso.outreach.OutreachSessions;
import vn.ngoso.platform.InvalidInput;
import vn.ngoso.platform.Page;
import vn.ngoso.territory.Territory;
import vn.ngoso.territory.UnitQuery;

@RestController
@RequestMapping("/api/v1/outreach-sessions")
@Tag(name = "Outreach sessions", description = "Buổi tuyên truyền; the client makes the id so a retry is harmless")
class SessionApi {

	private final OutreachSessions sessions;

	private final Territory territory;

	SessionApi(OutreachSessions sessions, Territory territory) {
		this.sessions = sessions;
		this.territory = territory;
	}

	@PostMapping
	@Operation(summary = "Record a session (201); the same id again changes nothing and answers 200 with the session")
	ResponseEntity<OutreachSession> record(@RequestBody SessionBody body) {
		OutreachSessions.Recorded recorded;
		try {
			recorded = sessions.record(body.toCommand(territory.idOf(body.unit())));
		}
		catch (InvalidInput e) {
			throw body.unit().inRequestTerms(e);
		}
		return ResponseEntity.status(recorded.created() ? HttpStatus.CREATED : HttpStatus.OK)
			.location(URI.create("/api/v1/outreach-sessions/" + recorded.session().id())).body(recorded.session());
	}

	@GetMapping("/{id}")
	@Operation(summary = "One session; outside the caller's scope it is not found")
	OutreachSession get(@PathVariable UUID id) {
		return sessions.get(id);
	}

	@GetMapping
	@Operation(summary = "Sessions of a unit and every unit under it, newest first")
	Page<OutreachSession> list(
			@ParameterObject UnitQuery unit,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		long id = territory.require(unit.reference()).id();
		return sessions.under(id, Math.max(0, page), Math.min(Math.max(1, size), 200));
	}
}
