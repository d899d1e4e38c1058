package vn.ngoso.households;

/** Relation to the head of household, as on the household registration. */
public enum Relation {
	HEAD, SPOUSE, CHILD, PARENT, GRANDCHILD, GRANDPARENT, SIBLING, OTHER
}
