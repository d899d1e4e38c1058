package vn.ngoso.territory;

/**
 * Asked before the deployment's province changes: a module whose records already sit under the
 * chosen province (teams) refuses the change, since they would be left outside it.
 */
public interface ProvinceInUse {

	/** The message key of the refusal, or null when nothing of this module is under {@code province}. */
	@org.jspecify.annotations.Nullable
	String refusal(AdminUnit province);
}
