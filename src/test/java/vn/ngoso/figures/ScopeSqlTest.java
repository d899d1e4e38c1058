package vn.ngoso.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.support.SqlArrayValue;

/** The one place a scope becomes SQL: each shape of records answers its own scopes, with the engine's parameters. */
class ScopeSqlTest {

	private static final UUID ID = UUID.fromString("00000000-0000-0000-0000-000000000001");

	@Test
	void recordsOfAKindByIdUnderAPathOrAll() {
		assertThat(ScopeSql.records(FigureScope.record(RecordKind.MERCHANT, ID), "m.id", "m.unit_path"))
			.hasValue("m.id in (:ids)");
		assertThat(ScopeSql.records(new FigureScope.Under("1.2"), "m.id", "m.unit_path"))
			.hasValue("m.unit_path <@ cast(:path as ltree)");
		assertThat(ScopeSql.records(new FigureScope.All(), "m.id", "m.unit_path")).hasValue("true");
		assertThat(ScopeSql.records(FigureScope.household(ID), "m.id", "m.unit_path")).isEmpty();
		assertThat(ScopeSql.records(FigureScope.communes(List.of(7L)), "m.id", "m.unit_path")).isEmpty();
	}

	@Test
	void householdsAndCommunesHaveTheirOwnShape() {
		assertThat(ScopeSql.households(FigureScope.household(ID), "h.id", "h.unit_path")).hasValue("h.id = any(:ids)");
		assertThat(ScopeSql.households(FigureScope.record(RecordKind.FEEDBACK, ID), "h.id", "h.unit_path")).isEmpty();
		assertThat(ScopeSql.communes(FigureScope.communes(List.of(7L)), "c.id", "t.unit_path")).hasValue("c.id in (:ids)");
		assertThat(ScopeSql.communes(FigureScope.household(ID), "c.id", "t.unit_path")).isEmpty();
		assertThat(ScopeSql.communes(new FigureScope.Under("1"), "c.id", "t.unit_path"))
			.hasValue("t.unit_path <@ cast(:path as ltree)");
	}

	@Test
	void theParametersAreTheScopes() {
		assertThat(ScopeSql.parameters(FigureScope.household(ID)).get("ids")).isInstanceOf(SqlArrayValue.class);
		assertThat(ScopeSql.parameters(FigureScope.records(RecordKind.FEEDBACK, List.of()))).containsEntry("ids",
				List.of(new UUID(0, 0)));
		assertThat(ScopeSql.parameters(FigureScope.communes(List.of(7L, 7L)))).containsEntry("ids", List.of(7L));
		assertThat(ScopeSql.parameters(new FigureScope.Under("1.2"))).containsOnlyKeys("path").containsEntry("path", "1.2");
		assertThat(ScopeSql.parameters(new FigureScope.All())).isEmpty();
	}
}
