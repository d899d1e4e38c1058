package vn.ngoso.partners.web;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.ngoso.outreach.OutreachSession;
import vn.ngoso.outreach.OutreachSessions;
import vn.ngoso.outreach.ServiceDeskDay;
import vn.ngoso.outreach.ServiceDeskDays;
import vn.ngoso.platform.CurrentScope;

/**
 * The latest outreach sessions and desk days of the caller's unit, offered on the support form so
 * an officer picks the one the support went to instead of typing an id.
 */
@Component
class LinkChoices {

	static final int LATEST = 30;

	private final OutreachSessions sessions;

	private final ServiceDeskDays deskDays;

	private final CurrentScope currentScope;

	LinkChoices(OutreachSessions sessions, ServiceDeskDays deskDays, CurrentScope currentScope) {
		this.sessions = sessions;
		this.deskDays = deskDays;
		this.currentScope = currentScope;
	}

	List<OutreachSession> sessions() {
		Long unit = currentScope.get().unitId();
		return unit == null ? List.of() : sessions.under(unit, 0, LATEST).items();
	}

	List<ServiceDeskDay> deskDays() {
		Long unit = currentScope.get().unitId();
		return unit == null ? List.of() : deskDays.under(unit, 0, LATEST).items();
	}
}
