package vn.ngoso.platform.database;

import org.springframework.aop.Advisor;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;

/**
 * The read replica, when {@code ngoso.database.replica-url} names one (docs/replica.md). Without
 * it none of this exists and every connection is the primary's, as before.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ReplicaConfigured.class)
class ReplicaConfiguration {

	@Bean
	static ReplicaRouting replicaRouting() {
		return new ReplicaRouting();
	}

	/**
	 * Runs before the transaction interceptor (outermost), so that it sees whether a transaction
	 * is already open. Infrastructure role: Spring's auto-proxy creator applies it with the
	 * transaction advisor.
	 */
	@Bean
	@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
	static Advisor mayReadReplicaAdvisor() {
		var pointcut = new ComposablePointcut(new AnnotationMatchingPointcut(MayReadReplica.class, true))
			.union(AnnotationMatchingPointcut.forMethodAnnotation(MayReadReplica.class));
		var advisor = new DefaultPointcutAdvisor(pointcut, new ReplicaEntryPoints());
		advisor.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return advisor;
	}
}
