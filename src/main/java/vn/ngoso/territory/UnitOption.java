package vn.ngoso.territory;

/** A unit in a filter's select box; {@code indent} is its depth below the top of the list. */
public record UnitOption(long id, String name, int indent) {

	/** The name with one non-breaking indent per level, since select options cannot be styled. */
	public String label() {
		return "\u00a0\u00a0\u00a0".repeat(indent) + name;
	}
}
