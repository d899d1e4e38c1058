package vn.ngoso.platform.database;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Read-only work that may be served by the read replica ({@code NGOSO_DB_REPLICA_URL}): its
 * figures may be behind the primary by the replica's lag, which a page shows with
 * {@link DataAsOf}. Only a {@code @Transactional(readOnly = true)} transaction begun by such a
 * method (the entry point: no transaction is open when it is called) goes to the replica; every
 * other transaction, read-only or not, stays on the primary, so that a page showing what its user
 * just wrote (form, redirect, page) reads it. Without a replica it changes nothing.
 * <p>
 * On a class: every public method of it.
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface MayReadReplica {
}
