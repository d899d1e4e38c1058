package vn.ngoso.feedback.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import vn.ngoso.platform.web.BodyLimitFilter;

/**
 * Open311 is open to anyone, keeps no session (so no CSRF to forge) and takes small bodies only;
 * posts are limited per address by {@code SubmissionThrottle}. Answers to GET carry an ETag, so a
 * client asking again for a list that has not changed gets a 304 without the body.
 */
@Configuration(proxyBeanMethods = false)
class Open311Security {

	static final long MAX_BODY = 16_384;

	@Bean
	@Order(-10)
	SecurityFilterChain open311(HttpSecurity http) throws Exception {
		http.securityMatcher("/open311/**")
			.csrf(csrf -> csrf.disable())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.authorizeHttpRequests(a -> a.anyRequest().permitAll())
			.requestCache(c -> c.disable())
			// public data: a client may keep a list and ask again with If-None-Match (the answer says no-cache)
			.headers(h -> h.cacheControl(c -> c.disable()))
			.addFilterBefore(new ShallowEtagHeaderFilter(), SecurityContextHolderFilter.class)
			.addFilterBefore(new BodyLimitFilter(MAX_BODY, "application/json",
					"[{\"code\":413,\"description\":\"request body over " + MAX_BODY + " bytes\"}]"), SecurityContextHolderFilter.class);
		return http.build();
	}
}
