package vn.ngoso.feedback;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.ngoso.feedback.internal.AgencyRepository;
import vn.ngoso.feedback.internal.FeedbackRepository;
import vn.ngoso.platform.CurrentScope;
import vn.ngoso.platform.NotFound;
import vn.ngoso.platform.Role;
import vn.ngoso.platform.Scope;

/**
 * Who sees and handles which items. An agency officer sees the items currently with their
 * agencies and handles them; officers of units (commune and up) read everything raised in their
 * subtree, and the province re-routes; team leaders, members and anything else see nothing.
 * An item one may not see is simply not found.
 */
final class FeedbackAccess {

	private final CurrentScope currentScope;

	private final AgencyRepository agencies;

	FeedbackAccess(CurrentScope currentScope, AgencyRepository agencies) {
		this.currentScope = currentScope;
		this.agencies = agencies;
	}

	/** Who may write an item down for a resident: officers, team leaders and members, not agencies or partners. */
	boolean mayRecord() {
		Role role = currentScope.get().role();
		return role.isOfficer() || role == Role.TEAM_LEADER || role == Role.MEMBER;
	}

	String username() {
		return currentScope.get().username();
	}

	List<FeedbackItem> inbox(FeedbackRepository repository, boolean openOnly, int limit) {
		Scope s = currentScope.get();
		if (s.role() == Role.AGENCY) {
			return repository.ofAgencies(agencies.agencyIdsOf(s.username()), openOnly, limit);
		}
		if (s.role().isOfficer()) {
			return repository.under(s.subtreeFilter(), openOnly, limit);
		}
		throw notFound();
	}

	FeedbackItem visible(Optional<FeedbackItem> found) {
		FeedbackItem item = found.orElseThrow(FeedbackAccess::notFound);
		Scope s = currentScope.get();
		if (s.role() == Role.AGENCY ? isAgencyOf(item) : s.role().isOfficer() && s.coversUnitPath(item.unitPath())) {
			return item;
		}
		throw notFound();
	}

	FeedbackItem actingAgency(Optional<FeedbackItem> found) {
		FeedbackItem item = visible(found);
		if (!isAgencyOf(item)) {
			throw notFound();
		}
		return item;
	}

	/** The current agency's officer, or the province (or an administrator) over the item's unit. */
	FeedbackItem routingAllowed(Optional<FeedbackItem> found) {
		FeedbackItem item = visible(found);
		Role role = currentScope.get().role();
		if (isAgencyOf(item) || role == Role.PROVINCE || role == Role.ADMIN) {
			return item;
		}
		throw notFound();
	}

	boolean isAgencyOf(FeedbackItem item) {
		Scope s = currentScope.get();
		return s.role() == Role.AGENCY && item.agencyId() != null
				&& agencies.agencyIdsOf(s.username()).contains(item.agencyId());
	}

	/** Where the caller picks agencies from: their province (an administrator: anywhere). */
	@Nullable String scopePath() {
		Scope s = currentScope.get();
		if (s.isAdmin() || s.unitPath() == null) {
			return null;
		}
		return s.unitPath().split("\\.")[0];
	}

	static NotFound notFound() {
		return new NotFound("feedback.notFound", "feedback");
	}
}
