package vn.ngoso.territory.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ngoso.territory.AdminUnit;
import vn.ngoso.territory.Territory;
import vn.ngoso.territory.UnitReference;
import vn.ngoso.territory.UnitSummary;

@RestController
@RequestMapping("/api/v1/units")
@Tag(name = "Units", description = "The administrative tree, limited to the caller's subtree")
class UnitApi {

	record UnitJson(long id, String code, String name, String type, String typeLabel, int level,
			@Nullable Long parentId, String provinceCode, LocalDate validFrom, @Nullable LocalDate validTo,
			@Nullable Integer communes, @Nullable Integer hamlets) {

		static UnitJson of(AdminUnit u) {
			return new UnitJson(u.id(), u.code(), u.name(), u.type().name(), u.type().label(), u.level(), u.parentId(),
					u.provinceCode(), u.validFrom(), u.validTo(), null, null);
		}

		static UnitJson of(UnitSummary s) {
			AdminUnit u = s.unit();
			return new UnitJson(u.id(), u.code(), u.name(), u.type().name(), u.type().label(), u.level(), u.parentId(),
					u.provinceCode(), u.validFrom(), u.validTo(), s.communes(), s.hamlets());
		}
	}

	private final Territory territory;

	UnitApi(Territory territory) {
		this.territory = territory;
	}

	@GetMapping("/{code}")
	@Operation(summary = "The unit with this official code: the version in force today, or on at")
	UnitJson byCode(@PathVariable String code, @Parameter(description = UnitReference.AT) @RequestParam(
			required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate at) {
		return UnitJson.of(territory.summary(territory.require(UnitReference.query(code, at, null)).id()));
	}

	@GetMapping("/{code}/children")
	@Operation(summary = "Direct children of a unit, with the communes and hamlets under each")
	List<UnitJson> children(@PathVariable String code, @Parameter(description = UnitReference.AT) @RequestParam(
			required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate at) {
		return territory.children(territory.require(UnitReference.query(code, at, null)).id()).stream()
			.map(UnitJson::of)
			.toList();
	}

	@GetMapping
	@Operation(summary = "Search units by name, ignoring diacritics and case (tan an finds Thành phố Tân An)")
	List<UnitJson> search(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "20") int limit) {
		return territory.search(q, Math.max(1, limit)).stream().map(UnitJson::of).toList();
	}
}
