package vn.ngoso.territory;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How a unit came to be and what became of it: formed on a day from whole units and parts of
 * others, closed into others, hamlets moved in or out.
 */
public record UnitHistory(AdminUnit unit, @Nullable LocalDate formedOn, List<AdminUnit> formedFromWhole,
		List<AdminUnit> formedFromParts, List<AdminUnit> closedInto, List<Move> moves) {

	/** A hamlet that moved in or out of this unit (or this hamlet itself). */
	public record Move(LocalDate on, long hamletId, String hamletCode, String hamletName, String fromName, String toName, String fromCommune,
			String toCommune) {
	}

	public boolean reorganised() {
		return formedOn != null || !closedInto.isEmpty() || !moves.isEmpty();
	}
}
