package vn.ngoso.outreach.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.ngoso.outreach.DeskResults;

/** A support day's results as a client puts them, on the day or after. */
record ResultsBody(@Nullable List<Long> memberIds, @Nullable Integer accountsHelped, @Nullable Integer dossiersOnline,
		@Nullable Integer paymentsOnline, @Nullable String notes) {

	DeskResults toCommand() {
		return new DeskResults(memberIds, accountsHelped, dossiersOnline, paymentsOnline, notes);
	}
}
