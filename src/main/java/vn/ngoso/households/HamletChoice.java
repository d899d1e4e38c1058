package vn.ngoso.households;

/** A hamlet of the caller's scope that holds households, as a filter offers it. */
public record HamletChoice(long id, String name) {
}
