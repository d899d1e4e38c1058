package vn.ngoso.accounts.internal;

import java.util.Arrays;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;

/**
 * Two doors: the API takes bearer tokens and keeps no session; pages use form login with CSRF
 * protection and a fresh session id after sign-in (Spring Security's default).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/**
	 * Agency officers answer citizen feedback and nothing else: households, members and the rest
	 * hold people's data they have no purpose for, whatever their scope unit.
	 */
	private static final AuthorizationManager<RequestAuthorizationContext> NOT_AGENCY = AuthorizationManagers.allOf(
			AuthenticatedAuthorizationManager.authenticated(),
			AuthorizationManagers.not(AuthorityAuthorizationManager.hasRole("AGENCY")));

	/**
	 * A partner enterprise's people (role PARTNER) reach only these, read-only: their own page and
	 * the dashboards of their unit (figures, nothing personal). Everything else is refused to them
	 * here, whatever the services would show, so a new page never leaks to them by default.
	 */
	private static final String[] PARTNER_PAGES = { "/", "/dashboard", "/dashboard/**", "/partners/mine" };

	private static final String[] PARTNER_API = { "/api/v1/partners/mine", "/api/v1/indicators",
			"/api/v1/indicators/values" };

	private static final AuthorizationManager<RequestAuthorizationContext> NOT_PARTNER = AuthorizationManagers.allOf(
			AuthenticatedAuthorizationManager.authenticated(),
			AuthorizationManagers.not(AuthorityAuthorizationManager.hasRole("PARTNER")));

	/** Open to anyone: sign-in, static files, the phone's service worker, health and API docs. */
	static final String[] PUBLIC_PATHS = { "/login", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico",
			"/error", "/sw.js", "/manifest.webmanifest", "/actuator/health/**", "/v3/api-docs/**", "/swagger-ui/**",
			"/swagger-ui.html" };

	/** Neither an agency officer nor a partner: everyone else signed in. */
	private static final AuthorizationManager<RequestAuthorizationContext> NEITHER_AGENCY_NOR_PARTNER = AuthorizationManagers
		.allOf(NOT_AGENCY, NOT_PARTNER);

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder();
	}

	@Bean
	ThrottledAuthenticationProvider authenticationProvider(SignedInUsers users, PasswordEncoder passwords,
			LoginThrottle throttle) {
		return new ThrottledAuthenticationProvider(users, passwords, throttle);
	}

	@Bean
	AuthenticationManager authenticationManager(ThrottledAuthenticationProvider provider) {
		return new ProviderManager(provider);
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, SignedInUsers principals, ProblemResponses problems) throws Exception {
		http.securityMatcher("/api/**")
			.csrf(csrf -> csrf.disable())
			// A bearer call that also carries a session cookie (the field app's page) must leave the
			// session alone: rotating its id here signed the page out under a navigation in flight.
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS)
				.sessionFixation(f -> f.none()))
			.authorizeHttpRequests(a -> a.requestMatchers(HttpMethod.POST, "/api/v1/auth/token").permitAll()
				// an agency works its feedback items through the API as on the pages
				.requestMatchers("/api/v1/feedback", "/api/v1/feedback/**").access(NOT_PARTNER)
				.requestMatchers(HttpMethod.GET, PARTNER_API).access(NOT_AGENCY)
				.anyRequest().access(NEITHER_AGENCY_NOR_PARTNER))
			.addFilterBefore(new BearerTokenFilter(principals), UsernamePasswordAuthenticationFilter.class)
			.exceptionHandling(e -> e.authenticationEntryPoint(problems::unauthorized)
				.accessDeniedHandler(problems::forbidden))
			.requestCache(c -> c.disable());
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http, AuthenticationManager manager, SignedInUsers principals,
			SessionDeviceTokens deviceTokens, KnownDevices devices) throws Exception {
		http.authorizeHttpRequests(a -> a
				.requestMatchers(PUBLIC_PATHS).permitAll()
				.requestMatchers("/audit/**").hasAnyRole("ADMIN", "PROVINCE")
				.requestMatchers("/", "/logout").authenticated()
				.requestMatchers("/feedback", "/feedback/**").access(NOT_PARTNER)
				.requestMatchers(HttpMethod.GET, PARTNER_PAGES).access(NOT_AGENCY)
				.anyRequest().access(NEITHER_AGENCY_NOR_PARTNER))
			.authenticationManager(manager)
			// A visitor who has not signed in costs no session (an in-memory table anyone could fill):
			// the CSRF token travels in a cookie, and no request is saved for after sign-in (it always
			// lands on the home page anyway).
			.csrf(csrf -> csrf.csrfTokenRepository(csrfCookie()))
			.requestCache(c -> c.disable())
			.formLogin(form -> form.loginPage("/login").authenticationDetailsSource(devices)
				.successHandler(successHandler(devices)).failureHandler(failureHandler()))
			.logout(logout -> logout.addLogoutHandler(deviceTokens).logoutSuccessUrl("/login?logout"))
			.addFilterBefore(new CurrentAccountFilter(principals, publicPaths()), AuthorizationFilter.class);
		return http.build();
	}

	private static RequestMatcher publicPaths() {
		var paths = PathPatternRequestMatcher.withDefaults();
		return new OrRequestMatcher(Arrays.stream(PUBLIC_PATHS).map(p -> (RequestMatcher) paths.matcher(p)).toList());
	}

	private static CookieCsrfTokenRepository csrfCookie() {
		var repository = new CookieCsrfTokenRepository();
		repository.setCookieName("ngoso_csrf");
		repository.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
		return repository;
	}

	/** Home page after sign-in, and this device known for the account from now on. */
	private static AuthenticationSuccessHandler successHandler(KnownDevices devices) {
		var home = new SimpleUrlAuthenticationSuccessHandler("/");
		home.setAlwaysUseDefaultTargetUrl(true);
		return (request, response, authentication) -> {
			devices.remember(request, response, authentication.getName());
			home.onAuthenticationSuccess(request, response, authentication);
		};
	}

	/**
	 * The sign-in page again, saying how long to wait when the throttle refused the attempt, with
	 * the username typed kept in the session (not the address bar) so only the password is retyped.
	 */
	private static AuthenticationFailureHandler failureHandler() {
		return (request, response, exception) -> {
			String username = request.getParameter("username");
			if (username != null && !username.isBlank() && username.length() <= LastUsername.LONGEST) {
				request.getSession().setAttribute(LastUsername.ATTRIBUTE, username.strip());
			}
			response.sendRedirect(request.getContextPath() + (exception instanceof SignInThrottled throttled
					? "/login?wait=" + throttled.seconds() : "/login?error"));
		};
	}
}
