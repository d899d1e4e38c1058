package vn.ngoso.platform.database;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** Matches when {@code ngoso.database.replica-url} ({@code NGOSO_DB_REPLICA_URL}) names a replica. */
class ReplicaConfigured implements Condition {

	static final String URL = "ngoso.database.replica-url";

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return StringUtils.hasText(context.getEnvironment().getProperty(URL));
	}
}
