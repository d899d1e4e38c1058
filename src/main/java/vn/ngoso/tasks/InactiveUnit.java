package vn.ngoso.tasks;

/** A hamlet (or commune) with a team and no visit recorded in the last 30 days or more. */
public record InactiveUnit(long unitId, String unitCode, String unitName, String parentName, String teamName) {
}
