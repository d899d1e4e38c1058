package vn.ngoso.territory.internal.reorg;

import java.util.List;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;
import vn.ngoso.platform.InvalidInput.FieldError;
import vn.ngoso.territory.AdminUnit;
import vn.ngoso.territory.Reorganisation;
import vn.ngoso.territory.ReorganisationPlan;
import vn.ngoso.territory.ReorganisationPreview;
import vn.ngoso.territory.UnitHistory;

/** The reorganisation machinery behind {@link vn.ngoso.territory.Reorganisations}. */
@Component
public class ReorganisationEngine {

	private final PlanChecker checker;

	private final PreviewMaker previews;

	private final PlanApplier applier;

	private final ReorganisationLog log;

	ReorganisationEngine(PlanChecker checker, PreviewMaker previews, PlanApplier applier, ReorganisationLog log) {
		this.checker = checker;
		this.previews = previews;
		this.applier = applier;
		this.log = log;
	}

	/** A checked plan and its preview; old communes the caller may not see read as unknown. */
	public Checked check(ReorganisationPlan plan, Predicate<AdminUnit> visible) {
		CheckedPlan checked = checker.check(plan);
		List<FieldError> outside = checked.targets().keySet().stream().filter(visible.negate())
			.map(u -> new FieldError("mapping", "reorg.mapping.unknownOld", 0, u.code())).toList();
		if (!outside.isEmpty()) {
			var problems = new java.util.ArrayList<>(checked.problems());
			problems.addAll(outside);
			checked = new CheckedPlan(checked.effective(), checked.newUnits(), checked.loaded(), checked.targets(),
					checked.partial(), checked.moves(), checked.closing(), problems);
		}
		return new Checked(checked, previews.preview(checked));
	}

	/** One reorganisation at a time: the second waits, then finds the old communes closed. */
	public void lockForApply() {
		log.lock();
	}

	public Result apply(Checked checked, String actor) {
		PlanApplier.Applied applied = applier.apply(checked.plan, actor);
		return new Result(applied.reorganisation(), applied.notes(), applied.codesPrefixed());
	}

	public void saveSummary(long id, String json) {
		log.saveSummary(id, json);
	}

	public UnitHistory history(AdminUnit unit) {
		return log.history(unit);
	}

	/** A plan as checked, with what it would do. */
	public static final class Checked {

		private final CheckedPlan plan;

		private final ReorganisationPreview preview;

		Checked(CheckedPlan plan, ReorganisationPreview preview) {
			this.plan = plan;
			this.preview = preview;
		}

		public ReorganisationPreview preview() {
			return preview;
		}
	}

	public record Result(Reorganisation reorganisation, List<String> notes, int codesPrefixed) {
	}
}
