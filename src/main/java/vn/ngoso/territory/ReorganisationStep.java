package vn.ngoso.territory;

import java.util.List;

/**
 * Something another module must do in the transaction that applies a reorganisation (move its
 * live figures, re-scope its users). {@link #before} runs before the tree changes, {@link #after}
 * once every unit and cached path has moved.
 */
public interface ReorganisationStep {

	default void before(Reorganisation reorganisation) {
	}

	/** @return lines for whoever applied it (users left for an administrator to re-scope...) */
	default List<String> after(Reorganisation reorganisation) {
		return List.of();
	}
}
