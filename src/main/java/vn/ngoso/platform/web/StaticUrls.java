package vn.ngoso.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Links in pages to static files ({@code /webjars/htmx.org/dist/htmx.min.js}) get their
 * versioned address, as Spring Boot's {@link ResourceUrlEncodingFilter} does, which this replaces:
 * that one asked the class path again for every link of every page, page links included (half of
 * the province dashboard's time). Here only a path whose last segment has a dot (a file) is asked
 * about, and the answer, found or not, is kept in a bounded cache: the files of a running
 * application do not change.
 */
@Configuration(proxyBeanMethods = false)
class StaticUrls {

	static final int CACHED_PATHS = 2048;

	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter(
			@Qualifier("mvcResourceUrlProvider") ObjectProvider<ResourceUrlProvider> provider) {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new CachingFilter(provider));
		registration.setDispatcherTypes(jakarta.servlet.DispatcherType.REQUEST, jakarta.servlet.DispatcherType.ERROR);
		return registration;
	}

	/** A subclass so that Spring Boot does not register its own filter beside this one. */
	static final class CachingFilter extends ResourceUrlEncodingFilter {

		private final ObjectProvider<ResourceUrlProvider> provider;

		private final Map<String, Optional<String>> cache = Collections.synchronizedMap(
				new LinkedHashMap<>(256, 0.75f, true) {
					@Override
					protected boolean removeEldestEntry(Map.Entry<String, Optional<String>> eldest) {
						return size() > CACHED_PATHS;
					}
				});

		CachingFilter(ObjectProvider<ResourceUrlProvider> provider) {
			this.provider = provider;
		}

		@Override
		public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (!(request instanceof HttpServletRequest http) || !(response instanceof HttpServletResponse plain)) {
				chain.doFilter(request, response);
				return;
			}
			chain.doFilter(request, new HttpServletResponseWrapper(plain) {
				@Override
				public String encodeURL(String url) {
					return super.encodeURL(resolve(http.getContextPath(), url));
				}
			});
		}

		/** The versioned address of a static file, or the link as it was. */
		String resolve(String contextPath, String url) {
			if (!url.startsWith(contextPath + "/")) {
				return url;
			}
			int end = url.length();
			for (int i = contextPath.length(); i < url.length(); i++) {
				char c = url.charAt(i);
				if (c == '?' || c == '#') {
					end = i;
					break;
				}
			}
			String path = url.substring(contextPath.length(), end);
			String rest = url.substring(end);
			if (path.indexOf('.', path.lastIndexOf('/')) < 0) {
				return url;
			}
			Optional<String> resolved = cache.computeIfAbsent(path, p -> Optional.ofNullable(lookup(p)));
			return resolved.map(r -> contextPath + r + rest).orElse(url);
		}

		private @Nullable String lookup(String path) {
			ResourceUrlProvider urls = provider.getIfAvailable();
			return urls == null ? null : urls.getForLookupPath(path);
		}
	}
}
