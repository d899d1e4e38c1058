package vn.ngoso.imports;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * A test-only hook into the merge: armed, it throws inside the transaction of a chosen batch,
 * after that batch's households were written and before their residents are, which is the
 * worst moment for a crash; or it holds the import there until its thread is interrupted (its
 * node stops), to stop a node mid-import. Unarmed (always, outside tests) it does nothing.
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

	private volatile int holdInBatch = -1;

	private volatile CountDownLatch held = new CountDownLatch(1);

	/** The next import to reach this merge batch (0-based) fails there, once. */
	public void failInBatch(int batch) {
		this.failInBatch = batch;
	}

	/** The next import to reach this merge batch waits there until its thread is interrupted, then fails it. */
	public void holdInBatch(int batch) {
		this.held = new CountDownLatch(1);
		this.holdInBatch = batch;
	}

	/** Whether an import reached the batch {@link #holdInBatch} named, within the time. */
	public boolean awaitHeld(Duration timeout) throws InterruptedException {
		return held.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
	}

	public void disarm() {
		this.failInBatch = -1;
		this.holdInBatch = -1;
	}

	/** Called by the merge inside each batch's transaction. */
	public void householdsWritten(UUID importId, int batch) {
		if (failInBatch >= 0 && batch == failInBatch) {
			failInBatch = -1;
			throw new InjectedFault(batch);
		}
		if (holdInBatch >= 0 && batch == holdInBatch) {
			holdInBatch = -1;
			held.countDown();
			try {
				Thread.sleep(Long.MAX_VALUE);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new InjectedFault(batch);
			}
		}
	}
}
