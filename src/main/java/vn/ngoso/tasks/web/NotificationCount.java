package vn.ngoso.tasks.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import vn.ngoso.platform.ScopedPrincipal;
import vn.ngoso.tasks.Notifications;

/**
 * Gives every rendered page the signed-in user's unread count for the header. An interceptor
 * rather than a model attribute, so API calls and redirects do not pay for the query.
 */
@Configuration(proxyBeanMethods = false)
class NotificationCount implements WebMvcConfigurer {

	private final Notifications notifications;

	NotificationCount(Notifications notifications) {
		this.notifications = notifications;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {
			@Override
			public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
					ModelAndView view) {
				var auth = SecurityContextHolder.getContext().getAuthentication();
				if (view != null && view.getViewName() != null && !view.getViewName().startsWith("redirect:")
						&& auth != null && auth.getPrincipal() instanceof ScopedPrincipal) {
					view.addObject("notificationCount", notifications.unread());
				}
			}
		}).excludePathPatterns("/api/**");
	}
}
