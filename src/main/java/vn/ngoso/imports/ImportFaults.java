package vn.ngoso.imports;

import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * A test-only hook into the merge: armed, it throws inside the transaction of a chosen batch,
 * after that batch's households were written and before their residents are, which is the
 * worst moment for a crash. Unarmed (always, outside tests) it does nothing.
 */
@Component
public class ImportFaults {

	/** What an armed hook throws. */
	public static final class InjectedFault extends RuntimeException {

		InjectedFault(int batch) {
			super("fault injected in merge batch " + batch);
		}
	}

	private volatile int failInBatch = -1;

	/** The next import to reach this merge batch (0-based) fails there, once. */
	public void failInBatch(int batch) {
		this.failInBatch = batch;
	}

	public void disarm() {
		this.failInBatch = -1;
	}

	/** Called by the merge inside each batch's transaction. */
	public void householdsWritten(UUID importId, int batch) {
		if (failInBatch >= 0 && batch == failInBatch) {
			failInBatch = -1;
			throw new InjectedFault(batch);
		}
	}
}
