package vn.ngoso.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * {@code ?lang=en} or {@code ?lang=vi} is a choice, remembered in a cookie, and wins everywhere.
 * Without a choice, API clients and the public citizens' pages follow {@code Accept-Language}
 * (English when the browser prefers it to Vietnamese, else Vietnamese); officers' pages and the
 * login page stay Vietnamese, because many officers' computers run an English Windows whose
 * browser asks for English only, and they should not get an English interface unless they switch.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

	static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	/** Where the browser's language is followed: the API and the citizens' pages (no login). */
	private static final List<String> BROWSER_LANGUAGE_PATHS = List.of("/api/", "/cong-dan");

	@Bean
	LocaleResolver localeResolver() {
		var resolver = new CookieLocaleResolver("ngoso-lang");
		resolver.setDefaultLocale(VIETNAMESE);
		resolver.setDefaultLocaleFunction(LocaleConfiguration::defaultLocale);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		return resolver;
	}

	static Locale defaultLocale(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (request.getHeader("Accept-Language") == null || BROWSER_LANGUAGE_PATHS.stream().noneMatch(path::startsWith)) {
			return VIETNAMESE;
		}
		// the servlet container orders the header's languages by preference (q)
		for (Locale wanted : Collections.list(request.getLocales())) {
			if ("en".equals(wanted.getLanguage())) {
				return Locale.ENGLISH;
			}
			if ("vi".equals(wanted.getLanguage())) {
				return VIETNAMESE;
			}
		}
		return VIETNAMESE;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		var interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		registry.addInterceptor(interceptor);
	}
}
