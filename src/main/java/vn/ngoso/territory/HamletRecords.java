package vn.ngoso.territory;

import java.util.Collection;
import java.util.Map;

/** A module's records kept per hamlet (teams, households), counted for a reorganisation's preview. */
public interface HamletRecords {

	/** The kind, e.g. "TEAMS"; labelled by the message {@code reorg.records.<kind>}. */
	String kind();

	/** How many records each of these hamlets holds (hamlets without any may be absent). */
	Map<Long, Long> countByHamlet(Collection<Long> hamletIds);
}
