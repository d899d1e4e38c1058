package vn.ngoso.feedback;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The filters of Open311's GET requests: ids, a service code, a time window and open/closed, and
 * the page asked for ({@code offset} items skipped, at most {@code limit} returned).
 */
public record Open311Filter(List<String> references, @Nullable String category, Instant start, Instant end,
		@Nullable Boolean open, long offset, int limit) {

	public Open311Filter(List<String> references, @Nullable String category, Instant start, Instant end,
			@Nullable Boolean open, int limit) {
		this(references, category, start, end, open, 0, limit);
	}
}
