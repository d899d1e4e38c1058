package vn.ngoso.teams;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What an officer types to found or edit a team. */
public record TeamDetails(@Nullable Long unitId, @Nullable String name, @Nullable String decisionNo,
		@Nullable LocalDate decisionDate) {
}
