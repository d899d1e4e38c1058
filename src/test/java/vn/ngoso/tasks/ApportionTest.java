package vn.ngoso.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import vn.ngoso.tasks.internal.Apportion;

class ApportionTest {

	@Test
	void partsAreWholeAddUpAndFollowTheWeights() {
		long[] parts = Apportion.split(100, new long[] { 1, 1, 1 });
		assertThat(Arrays.stream(parts).sum()).isEqualTo(100);
		assertThat(parts).containsExactly(34, 33, 33);
		assertThat(Apportion.split(1000, new long[] { 480, 0, 320, 200 })).containsExactly(480, 0, 320, 200);
		assertThat(Apportion.split(7, new long[] { 0, 0 })).containsExactly(4, 3);
		assertThat(Arrays.stream(Apportion.split(301, new long[] { 81, 80, 80, 80, 80, 82 })).sum()).isEqualTo(301);
	}
}
