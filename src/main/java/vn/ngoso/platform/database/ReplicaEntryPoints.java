package vn.ngoso.platform.database;

import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.jspecify.annotations.Nullable;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Around a {@link MayReadReplica} method, outside its transaction: when no transaction is open
 * yet, the read-only transaction it begins may take its connection from the replica. Called
 * inside a transaction (a write, or a page's own read-only one) it changes nothing: that
 * transaction keeps the connection it has or will have.
 */
final class ReplicaEntryPoints implements MethodInterceptor {

	private static final ThreadLocal<Boolean> ALLOWED = new ThreadLocal<>();

	/** Whether the work running on this thread may read the replica. */
	static boolean allowed() {
		return Boolean.TRUE.equals(ALLOWED.get());
	}

	@Override
	public @Nullable Object invoke(MethodInvocation invocation) throws Throwable {
		if (allowed() || TransactionSynchronizationManager.isActualTransactionActive()) {
			return invocation.proceed();
		}
		ALLOWED.set(true);
		try {
			return invocation.proceed();
		}
		finally {
			ALLOWED.remove();
		}
	}
}
