package vn.ngoso.indicators;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Values the platform cannot see, entered per unit and period by the source agencies:
 * entered (a draft, seen by its author) → submitted → approved or rejected by the level above.
 * Only approved values reach dashboards and reports.
 *
 * <p>SKELETON: the entry and approval flow is being built on the branch {@code reported}; until it
 * lands nothing is approved, so every reported figure reads as unknown.
 */
@Service
@Transactional(readOnly = true)
public class ReportedValues {

	private final Indicators indicators;

	ReportedValues(Indicators indicators) {
		this.indicators = indicators;
	}

	/** A draft by the current user; its id. */
	@Transactional
	public UUID enter(ReportedEntry entry) {
		throw new UnsupportedOperationException("reported values: not built yet");
	}

	@Transactional
	public void submit(UUID id, @Nullable String comment) {
		throw new UnsupportedOperationException("reported values: not built yet");
	}

	@Transactional
	public void approve(UUID id, @Nullable String comment) {
		throw new UnsupportedOperationException("reported values: not built yet");
	}

	@Transactional
	public void reject(UUID id, String comment) {
		throw new UnsupportedOperationException("reported values: not built yet");
	}

	/**
	 * Every reported indicator of the unit for the period, from approved values only, in
	 * catalogue order; {@link FigureValue#value()} is null where nothing approved applies.
	 */
	public Map<String, FigureValue> approved(long unitId, Period period) {
		Map<String, FigureValue> values = new LinkedHashMap<>();
		indicators.reported().forEach(i -> values.put(i.code(), FigureValue.none(i.code())));
		return values;
	}
}
