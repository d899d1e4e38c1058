package vn.ngoso.platform;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Vietnam's clock; tests replace it to cross birthdays and deadlines. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.system(VIETNAM);
	}
}
