package vn.ngoso.outreach;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The results of a planned support day, recorded on the day or after. */
public record DeskResults(@Nullable List<Long> memberIds, @Nullable Integer accountsHelped,
		@Nullable Integer dossiersOnline, @Nullable Integer paymentsOnline, @Nullable String notes) {
}
