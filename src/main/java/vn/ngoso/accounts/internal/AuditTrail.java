package vn.ngoso.accounts.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.json.JsonMapper;
import vn.ngoso.platform.audit.AuditActors;
import vn.ngoso.platform.audit.Audited;

/**
 * Writes the audit log. Synchronous on purpose: the entry is written in the transaction of the
 * change, so a change is never without its entry and a rolled-back change leaves none.
 */
@Component
class AuditTrail {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	AuditTrail(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	@EventListener
	void on(Audited event) {
		jdbc.sql("""
				insert into audit_log (actor, actor_address, entity_type, entity_id, action, unit_path, before, after)
				values (?, ?, ?, ?, ?, cast(? as ltree), cast(? as jsonb), cast(? as jsonb))
				""")
			.params(actor(), address(), event.entityType(), event.entityId(), event.action(), event.unitPath(),
					event.before() == null ? null : json.writeValueAsString(event.before()),
					event.after() == null ? null : json.writeValueAsString(event.after()))
			.update();
	}

	/**
	 * The account that made the change, or one of the {@link AuditActors} that are no person:
	 * work without a signed-in user is the system's, an anonymous request a citizen's (or a
	 * partner application's through Open311).
	 */
	private static String actor() {
		String claimed = AuditActors.claimed();
		if (claimed != null) {
			return claimed;
		}
		var auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null) {
			return AuditActors.SYSTEM;
		}
		if (auth instanceof AnonymousAuthenticationToken) {
			return requestPath().startsWith("/open311/") ? AuditActors.OPEN311 : AuditActors.CITIZEN;
		}
		return auth.getName();
	}

	private static String requestPath() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRequestURI().substring(request.getContextPath().length());
		}
		return "";
	}

	private static String address() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}
}
