package vn.ngoso.feedback;

/** An agency that answers feedback, seated at a unit (a department at the province, a commune office...). */
public record Agency(long id, String code, String name, long unitId, String unitPath) {
}
