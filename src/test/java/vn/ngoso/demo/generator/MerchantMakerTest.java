package vn.ngoso.demo.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The generated acceptance points are the source text's: exactly 1 commercial centre, 7
 * supermarkets, 279 convenience stores and 41 markets, all started by the end of 2024, each taking
 * at least one of the methods the text names; stalls sit in a market's hamlet and start after it;
 * the same seed gives the same points, and a slice keeps exactly its communes' share.
 */
class MerchantMakerTest {

	private static final List<HamletRef> PROVINCE = SyntheticTree.longAnSized();

	@Test
	void theProvinceHasTheSourceTextsPoints() {
		List<GeneratedMerchant> points = new MerchantMaker(LongAnGenerator.DEFAULT_SEED).make(PROVINCE, Set.of());
		Map<String, Long> byKind = points.stream().collect(Collectors.groupingBy(GeneratedMerchant::kind, Collectors.counting()));
		assertThat(byKind).containsEntry("COMMERCIAL_CENTRE", 1L).containsEntry("SUPERMARKET", 7L)
			.containsEntry("CONVENIENCE_STORE", 279L).containsEntry("MARKET", 41L);
		assertThat(byKind.get("MARKET_STALL")).isBetween(41L * 2, 41L * 6);
		assertThat(MerchantCounts.of(points)).startsWith("1 / 7 / 279 / 41 (+ ");
		assertThat(points).allSatisfy(p -> {
			assertThat(p.startedOn()).isBetween(MerchantMaker.FIRST, MerchantMaker.LAST);
			assertThat(p.methods()).isNotEmpty().anyMatch(m -> List.of("CARD", "ATM_CARD", "MOBILE_MONEY").contains(m));
		});
		Map<UUID, GeneratedMerchant> byId = points.stream().collect(Collectors.toMap(GeneratedMerchant::id, Function.identity()));
		assertThat(byId).hasSize(points.size());
		points.stream().filter(p -> p.marketId() != null).forEach(stall -> {
			GeneratedMerchant market = byId.get(stall.marketId());
			assertThat(market.kind()).isEqualTo("MARKET");
			assertThat(stall.hamlet()).isEqualTo(market.hamlet());
			assertThat(stall.startedOn()).isAfterOrEqualTo(market.startedOn());
		});
	}

	@Test
	void theSameSeedGivesTheSamePointsAndASliceItsShare() {
		List<GeneratedMerchant> first = new MerchantMaker(7).make(PROVINCE, Set.of());
		assertThat(new MerchantMaker(7).make(PROVINCE, Set.of())).isEqualTo(first);
		assertThat(new MerchantMaker(8).make(PROVINCE, Set.of())).isNotEqualTo(first);
		Set<String> slice = Set.of("27000", "27001", "27007");
		assertThat(new MerchantMaker(7).make(PROVINCE, slice))
			.isEqualTo(first.stream().filter(p -> slice.contains(p.hamlet().communeCode())).toList());
	}
}
