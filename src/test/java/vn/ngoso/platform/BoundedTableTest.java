package vn.ngoso.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BoundedTableTest {

	@Test
	void aHundredThousandDistinctKeysNeverGrowItPastTheBound() {
		var table = new BoundedTable<String, Integer>(1_000);
		for (int i = 0; i < 100_000; i++) {
			table.compute("client-" + i, (k, v) -> 1);
			assertThat(table.size()).isLessThanOrEqualTo(1_000);
		}
		assertThat(table.size()).isEqualTo(1_000);
		assertThat(table.get("client-99999")).isEqualTo(1);
		assertThat(table.get("client-0")).isNull();
	}

	@Test
	void theEntryUsedLeastRecentlyIsTheOneThatGoes() {
		var table = new BoundedTable<String, Integer>(2);
		table.compute("a", (k, v) -> 1);
		table.compute("b", (k, v) -> 2);
		table.get("a");
		table.compute("c", (k, v) -> 3);

		assertThat(table.get("a")).isEqualTo(1);
		assertThat(table.get("b")).isNull();
		assertThat(table.get("c")).isEqualTo(3);
	}

	@Test
	void computingNullRemovesTheEntry() {
		var table = new BoundedTable<String, Integer>(2);
		table.compute("a", (k, v) -> 1);
		table.compute("a", (k, v) -> null);
		assertThat(table.size()).isZero();
	}
}
