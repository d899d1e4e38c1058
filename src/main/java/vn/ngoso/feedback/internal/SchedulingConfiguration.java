package vn.ngoso.feedback.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The escalation job's schedule; tests switch it off and call the job's work with a fixed clock. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "ngoso.feedback.scheduling", havingValue = "true", matchIfMissing = true)
class SchedulingConfiguration {
}
