package vn.ngoso.teams;

/** A unit a team could be founded in, labelled with its commune for a select box. */
public record UnitChoice(long id, String label) {
}
