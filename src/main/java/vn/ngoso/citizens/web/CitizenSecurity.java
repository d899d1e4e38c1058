package vn.ngoso.citizens.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import vn.ngoso.platform.web.BodyLimitFilter;

/**
 * The citizens' page needs no login and keeps no session: with no session there is nothing for a
 * forged cross-site form to ride on, so CSRF tokens would only cost every visitor a session.
 * Bodies over 16 KB are refused before they are read.
 */
@Configuration(proxyBeanMethods = false)
class CitizenSecurity {

	static final long MAX_BODY = 16_384;

	@Bean
	@Order(-9)
	SecurityFilterChain citizens(HttpSecurity http) throws Exception {
		http.securityMatcher("/cong-dan", "/cong-dan/**")
			.csrf(csrf -> csrf.disable())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.authorizeHttpRequests(a -> a.anyRequest().permitAll())
			.requestCache(c -> c.disable())
			.addFilterBefore(new BodyLimitFilter(MAX_BODY, "text/plain",
					"Nội dung gửi lên quá lớn (tối đa 16 KB)."), SecurityContextHolderFilter.class);
		return http.build();
	}
}
