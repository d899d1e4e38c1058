package vn.ngoso.accounts.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.json.JsonMapper;
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

	private static String actor() {
		var auth = SecurityContextHolder.getContext().getAuthentication();
		return auth == null ? "system" : auth.getName();
	}

	private static String address() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}
}
