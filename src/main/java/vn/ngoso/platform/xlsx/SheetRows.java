package vn.ngoso.platform.xlsx;

/** Takes a sheet's data rows one at a time, as they are read. */
@FunctionalInterface
public interface SheetRows<E extends Exception> {

	void row(SheetRow row) throws E;
}
