package vn.ngoso.figures;

/**
 * How an indicator adds up over time. A stock (covered households) is kept as monthly changes
 * and summed up to the end of a period; a flow (visits) is summed over the months of the
 * period; a rate is a numerator over a denominator (or, when reported, a percentage as given).
 */
public enum Measure {
	STOCK, FLOW, RATE
}
