package vn.ngoso.accounts.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The one check that a member who left the team gets nothing of it, on pages and in the API
 * alike, before any controller runs: the principal says so from the request after the commune
 * recorded the leaving ({@link SignedInUsers} reads it with the account). Signing out and the
 * public files stay open. The refusal is a 403 page or problem ({@code accounts.web.LeftTeamRefusals}).
 */
@Configuration(proxyBeanMethods = false)
class TeamMembershipCheck implements WebMvcConfigurer, HandlerInterceptor {

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).excludePathPatterns(SecurityConfiguration.PUBLIC_PATHS).excludePathPatterns("/logout");
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.getPrincipal() instanceof SignedInUser user && user.leftTeam()) {
			throw new NoLongerInTeam(user.getUsername());
		}
		return true;
	}
}
