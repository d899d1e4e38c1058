package vn.ngoso.merchants;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.ngoso.support.IntegrationTest;

/**
 * The public read for the citizens' page: without anyone signed in, the points under a unit with
 * where they are and how they take payment, and nothing else (no team, no author, no id).
 */
@IntegrationTest
class PublicMerchantsTest {

	@Autowired
	Merchants merchants;

	@Autowired
	JdbcClient jdbc;

	@Test
	void listsTheDemoPointsOfACommuneWithoutSignInAndOnlyPublicFields() {
		SecurityContextHolder.clearContext();
		long commune = jdbc.sql("select id from admin_unit where code = '27781' order by valid_from limit 1")
			.query(Long.class).single();
		List<PublicMerchant> points = merchants.publicList(commune);
		assertThat(points).extracting(PublicMerchant::name).contains("Chợ Tuyên Bình", "Sạp rau bà Năm",
				"Cửa hàng tiện lợi Ấp 2", "Siêu thị mini Tuyên Bình");
		PublicMerchant stall = points.stream().filter(p -> p.name().equals("Sạp rau bà Năm")).findFirst().orElseThrow();
		assertThat(stall.marketName()).isEqualTo("Chợ Tuyên Bình");
		assertThat(stall.unitName()).isEqualTo("Ấp Cả Bản");
		assertThat(stall.methods()).containsExactly(PaymentMethod.VIETQR);
		assertThat(Arrays.stream(PublicMerchant.class.getRecordComponents()).map(c -> c.getName()))
			.containsExactly("name", "kind", "address", "unitName", "marketName", "methods", "latitude", "longitude");
		assertThat(merchants.publicList(-1)).isEmpty();
	}
}
