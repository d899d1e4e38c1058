package vn.ngoso.territory;

/** A unit with the number of communes and hamlets beneath it, for browsing the tree. */
public record UnitSummary(AdminUnit unit, int children, int communes, int hamlets) {
}
