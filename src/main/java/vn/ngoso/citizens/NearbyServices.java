package vn.ngoso.citizens;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.ngoso.merchants.MerchantKind;
import vn.ngoso.merchants.Merchants;
import vn.ngoso.merchants.PublicMerchant;
import vn.ngoso.outreach.DeskKind;
import vn.ngoso.outreach.ServiceDeskDays;
import vn.ngoso.platform.database.MayReadReplica;

/**
 * What a hamlet's page lists around it: the support days coming up at the desks its residents go
 * to, and where in the commune one can pay without cash. Copied into the public records below so
 * that nothing else of the other modules' records (members on duty, who entered a point) can
 * reach a template.
 */
@Service
@MayReadReplica
public class NearbyServices {

	private final ServiceDeskDays deskDays;

	private final Merchants merchants;

	NearbyServices(ServiceDeskDays deskDays, Merchants merchants) {
		this.deskDays = deskDays;
		this.merchants = merchants;
	}

	/** A support day as the public sees it: when, which kind of desk, where. */
	public record DeskDay(LocalDate date, DeskKind desk, String place) {
	}

	/** A cashless point, marked when it is in the hamlet itself. */
	public record Point(String name, String address, String unitName, String marketName, List<String> methods,
			boolean inHamlet) {
	}

	/** Points of one kind, those in the hamlet first. */
	public record PointGroup(MerchantKind kind, List<Point> points) {
	}

	public List<DeskDay> upcomingDeskDays(long hamletId) {
		return deskDays.upcomingForPublic(hamletId).stream()
			.map(d -> new DeskDay(d.date(), d.desk(), d.unitName()))
			.sorted(Comparator.comparing(DeskDay::date))
			.toList();
	}

	/** The commune's points grouped by kind, in the kinds' order; empty kinds left out. */
	public List<PointGroup> cashlessPoints(HamletTeam hamlet) {
		Map<MerchantKind, List<Point>> byKind = new EnumMap<>(MerchantKind.class);
		for (PublicMerchant m : merchants.publicList(hamlet.communeId())) {
			byKind.computeIfAbsent(m.kind(), k -> new ArrayList<>())
				.add(new Point(m.name(), m.address(), m.unitName(), m.marketName() == null ? "" : m.marketName(),
						m.methods().stream().map(p -> p.vietnamese()).toList(), m.unitName().equals(hamlet.hamlet())));
		}
		return byKind.entrySet().stream()
			.map(e -> new PointGroup(e.getKey(), e.getValue().stream()
				.sorted(Comparator.comparing((Point p) -> !p.inHamlet()).thenComparing(Point::name))
				.toList()))
			.toList();
	}
}
