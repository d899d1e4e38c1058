package vn.ngoso.imports;

/** Where an import job stands; REFUSED is a file rejected as a whole (header, encoding). */
public enum ImportStatus {
	QUEUED, RUNNING, DONE, FAILED, REFUSED;

	public boolean finished() {
		return this == DONE || this == FAILED || this == REFUSED;
	}
}
