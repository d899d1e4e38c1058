package vn.ngoso.platform.audit;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The names the audit log records for changes no signed-in person made, and a way for a
 * loader to claim the entries written while it runs (the demo data is "Dữ liệu mẫu", even
 * where it acts as a demo officer to build its story).
 */
public final class AuditActors {

	/** Scheduled work and anything else run without a signed-in user. */
	public static final String SYSTEM = "system";

	/** A citizen on the public pages. */
	public static final String CITIZEN = "citizen";

	/** A partner application sending feedback through the Open311 API. */
	public static final String OPEN311 = "open311";

	/** The demo data loader. */
	public static final String DEMO = "demo";

	public static final Set<String> ALL = Set.of(SYSTEM, CITIZEN, OPEN311, DEMO);

	private static final ThreadLocal<String> CLAIMED = new ThreadLocal<>();

	private AuditActors() {
	}

	/** Runs work whose audit entries are all recorded as made by {@code actor}. */
	public static void claim(String actor, Runnable work) {
		String previous = CLAIMED.get();
		CLAIMED.set(actor);
		try {
			work.run();
		}
		finally {
			if (previous == null) {
				CLAIMED.remove();
			}
			else {
				CLAIMED.set(previous);
			}
		}
	}

	/** The actor claiming the current thread's entries, if any. */
	public static @Nullable String claimed() {
		return CLAIMED.get();
	}
}
