package vn.ngoso.tasks.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ngoso.platform.InvalidInput;
import vn.ngoso.tasks.Target;
import vn.ngoso.tasks.TargetProgress;
import vn.ngoso.tasks.Targets;
import vn.ngoso.territory.Territory;

@RestController
@RequestMapping("/api/v1/targets")
@Tag(name = "Targets", description = "Targets for tracked indicators, cascaded to child units; progress is live")
class TargetApi {

	private final Targets targets;

	private final Territory territory;

	TargetApi(Targets targets, Territory territory) {
		this.targets = targets;
		this.territory = territory;
	}

	@GetMapping
	@Operation(summary = "Targets under the caller's unit with live progress; atRisk=true: those the current pace will miss")
	List<TargetProgress> list(@RequestParam(defaultValue = "false") boolean atRisk) {
		return atRisk ? targets.atRisk() : targets.all();
	}

	@PostMapping
	@Operation(summary = "Set a target (officers): {indicator, unitCode, from: \"2026-01\", to: \"2026-12\", value}")
	ResponseEntity<Target> create(@RequestBody TargetBody body) {
		Target target;
		try {
			target = targets.create(body.toCommand(territory.idOf(body.unit())));
		}
		catch (InvalidInput e) {
			throw body.unit().inRequestTerms(e);
		}
		return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/v1/targets/" + target.id()))
			.body(target);
	}

	record TargetWithChildren(TargetProgress target, List<TargetProgress> children) {
	}

	@GetMapping("/{id}")
	TargetWithChildren get(@PathVariable long id) {
		return new TargetWithChildren(targets.progress(id), targets.progress(targets.children(id)));
	}

	@PostMapping("/{id}/cascade")
	@Operation(summary = "Cascade to every child unit: split HOUSEHOLDS (proportional) or MANUAL with valuesByCode, "
			+ "each child unit's value by official code, that must add up")
	ResponseEntity<List<Target>> cascade(@PathVariable long id, @RequestBody CascadeBody body) {
		try {
			return ResponseEntity.status(HttpStatus.CREATED).body(targets.cascade(id, body.toCommand(territory)));
		}
		catch (InvalidInput e) {
			throw body.inRequestTerms(e);
		}
	}
}
