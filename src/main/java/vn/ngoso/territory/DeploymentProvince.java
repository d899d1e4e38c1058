package vn.ngoso.territory;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ngoso.platform.CurrentScope;
import vn.ngoso.platform.InvalidInput;
import vn.ngoso.platform.OutOfScope;
import vn.ngoso.platform.Role;
import vn.ngoso.platform.audit.Audited;
import vn.ngoso.territory.internal.UnitRepository;

/**
 * The province this deployment serves: chosen once by the administrator among the open provinces,
 * by code. Until it is chosen the administrator's home leads to the first-run page. Changing it is
 * refused once something lives under it (see {@link ProvinceInUse}).
 */
@Service
@Transactional(readOnly = true, noRollbackFor = InvalidInput.class)
public class DeploymentProvince {

	private final JdbcClient jdbc;

	private final UnitRepository units;

	private final CurrentScope scope;

	private final ApplicationEventPublisher events;

	private final List<ProvinceInUse> uses;

	DeploymentProvince(JdbcClient jdbc, UnitRepository units, CurrentScope scope, ApplicationEventPublisher events,
			List<ProvinceInUse> uses) {
		this.jdbc = jdbc;
		this.units = units;
		this.scope = scope;
		this.events = events;
		this.uses = uses;
	}

	/**
	 * The chosen province, if any: readable by everyone (it names the deployment). Once a
	 * reorganisation has closed it, the province it went into (by lineage, else the open province
	 * of the same code), so that a merged province carries on without being chosen again.
	 */
	public Optional<AdminUnit> current() {
		Optional<AdminUnit> chosen = jdbc.sql("select unit_id from deployment_province").query(Long.class).optional()
			.flatMap(units::findById);
		if (chosen.isEmpty() || chosen.get().validTo() == null) {
			return chosen;
		}
		AdminUnit closed = chosen.get();
		return jdbc.sql("""
				select u.id from admin_unit u
				where u.level = 1 and u.valid_to is null
				  and (u.id in (select new_unit_id from unit_lineage where old_unit_id = :old) or u.code = :code)
				order by (u.id in (select new_unit_id from unit_lineage where old_unit_id = :old)) desc, u.valid_from desc
				limit 1""").param("old", closed.id()).param("code", closed.code()).query(Long.class).optional()
			.flatMap(units::findById).or(() -> chosen);
	}

	/** The provinces one may choose: open level-1 units, by code (the newer version first when a code is reused). */
	public List<AdminUnit> choices() {
		return units.openProvinces();
	}

	/** A commune code of the chosen province for the example rows of the import templates. */
	public String exampleCommuneCode() {
		return current().flatMap(p -> jdbc.sql("""
				select code from admin_unit where path <@ ?::ltree and level = 3 and valid_to is null order by code limit 1
				""").param(p.path()).query(String.class).optional()).orElse("00000");
	}

	/** Chooses the province by its unit id among {@link #choices()}; administrators only. */
	@Transactional
	public AdminUnit choose(long unitId) {
		if (scope.get().role() != Role.ADMIN) {
			throw new OutOfScope("deployment province");
		}
		AdminUnit chosen = choices().stream().filter(u -> u.id() == unitId).findFirst()
			.orElseThrow(() -> InvalidInput.of("province", "setup.province.unknown"));
		Optional<AdminUnit> before = current();
		if (before.isPresent() && before.get().id() == chosen.id()) {
			return chosen;
		}
		if (before.isPresent()) {
			for (ProvinceInUse use : uses) {
				String refusal = use.refusal(before.get());
				if (refusal != null) {
					throw InvalidInput.of("province", refusal, before.get().name());
				}
			}
		}
		jdbc.sql("""
				insert into deployment_province (unit_id, set_by) values (?, ?)
				on conflict (only_one) do update set unit_id = excluded.unit_id, set_by = excluded.set_by, set_at = now()
				""").params(chosen.id(), scope.get().username()).update();
		Map<String, Object> after = Map.of("province", chosen.code(), "name", chosen.name());
		events.publishEvent(before.isEmpty() ? Audited.created("SETTING", "province", null, after)
				: Audited.updated("SETTING", "province", null,
						Map.of("province", before.get().code(), "name", before.get().name()), after));
		return chosen;
	}
}
