package vn.ngoso.figures.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.ngoso.territory.Reorganisation;
import vn.ngoso.territory.ReorganisationStep;

/**
 * Keeps the live figures equal to the recompute across a reorganisation: every record's figures
 * follow its hamlet into the new tree, for every month (so a new commune's past is the exact
 * re-projection of the hamlets that moved in), in the transaction that moves the hamlets.
 * Reading the old tree back is done from the hamlet rows and the moves.
 */
@Component
class ReorganisationFigures implements ReorganisationStep {

	private final FigureStore store;

	ReorganisationFigures(FigureStore store) {
		this.store = store;
	}

	@Override
	public void before(Reorganisation reorganisation) {
		store.keepBeforeTreeChange(reorganisation.rootPaths());
	}

	@Override
	public List<String> after(Reorganisation reorganisation) {
		store.applyTreeChange(reorganisation.rootPaths());
		return List.of();
	}
}
