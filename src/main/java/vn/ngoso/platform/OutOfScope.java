package vn.ngoso.platform;

/** A write aimed outside the caller's scope; answered like {@link NotFound}. */
public class OutOfScope extends NotFound {

	public OutOfScope(Object what) {
		super("error.notFound", what);
	}
}
