package vn.ngoso.verification.internal;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.ngoso.figures.Period;
import vn.ngoso.indicators.Confidence;
import vn.ngoso.platform.database.MayReadReplica;
import vn.ngoso.territory.AdminUnit;
import vn.ngoso.verification.VerificationResult;

/**
 * The confidence figure beside the dashboard's headline figures and in the report: the checked
 * sampled visits made under the unit, of the samples of the period's months. A unit the caller
 * may report on was checked by the caller of the dashboard or report already.
 */
@Component
class VerificationConfidence implements Confidence.Source {

	private final SampleRepository repository;

	VerificationConfidence(SampleRepository repository) {
		this.repository = repository;
	}

	@Override
	@Transactional(readOnly = true)
	@MayReadReplica
	public Confidence of(AdminUnit unit, Period period) {
		var counts = repository.resultsUnder(unit.path(), period.from().atDay(1), period.to().atDay(1));
		return new Confidence(counts.getOrDefault(VerificationResult.CONFIRMED, 0L),
				counts.getOrDefault(VerificationResult.NOT_CONFIRMED, 0L),
				counts.getOrDefault(VerificationResult.UNREACHABLE, 0L));
	}
}
