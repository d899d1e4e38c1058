package vn.ngoso.households;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An item of a resident's profile: since when it is true, who recorded it, through which visit. */
public record ReadinessMark(ReadinessItem item, LocalDate since, String recordedBy, @Nullable UUID visitId) {
}
