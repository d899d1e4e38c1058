package vn.ngoso.partners;

import java.time.Clock;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ngoso.accounts.Accounts;
import vn.ngoso.accounts.NewUser;
import vn.ngoso.accounts.UserAccount;
import vn.ngoso.figures.Period;
import vn.ngoso.figures.TrackedFigures;
import vn.ngoso.partners.internal.PartnerRepository;
import vn.ngoso.partners.internal.PartnerRules;
import vn.ngoso.platform.CurrentScope;
import vn.ngoso.platform.InvalidInput;
import vn.ngoso.platform.NotFound;
import vn.ngoso.platform.OutOfScope;
import vn.ngoso.platform.PhoneNumber;
import vn.ngoso.platform.Role;
import vn.ngoso.platform.Scope;
import vn.ngoso.platform.audit.Audited;

/**
 * Partners as officers manage them (those covering a unit of the caller's subtree, or above it),
 * and as a partner's own people see them ({@link #mine}). Only officers write; the contact's phone
 * is masked for anyone below commune level.
 */
@Service
@Transactional(readOnly = true)
public class Partners {

	private final PartnerRepository repository;

	private final PartnerRules rules;

	private final CurrentScope currentScope;

	private final TrackedFigures figures;

	private final Accounts accounts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Partners(PartnerRepository repository, PartnerRules rules, CurrentScope currentScope, TrackedFigures figures,
			Accounts accounts, ApplicationEventPublisher events, Clock clock) {
		this.repository = repository;
		this.rules = rules;
		this.currentScope = currentScope;
		this.figures = figures;
		this.accounts = accounts;
		this.events = events;
		this.clock = clock;
	}

	public List<Partner> list() {
		Scope s = staff();
		return repository.overlapping(s.subtreeFilter()).stream().map(p -> view(p, s)).toList();
	}

	public Partner get(UUID id) {
		Scope s = currentScope.get();
		if (s.role() == Role.PARTNER) {
			return repository.partnerOfUser(s.username()).filter(id::equals).flatMap(repository::find).map(p -> view(p, s))
				.orElseThrow(() -> new NotFound("partner.notFound", id));
		}
		return repository.overlapping(s.subtreeFilter()).stream().filter(p -> p.id().equals(id)).findFirst()
			.map(p -> view(p, s)).orElseThrow(() -> new NotFound("partner.notFound", id));
	}

	public boolean canEdit() {
		return currentScope.get().role().isOfficer();
	}

	/** Refuses (as not found) anyone who may not register partners or record support. */
	public void requireOfficer() {
		officer();
	}

	/** Registers a partner covering units of the caller's subtree. */
	@Transactional
	public Partner create(PartnerInput input) {
		Scope s = officer();
		PartnerRules.ValidPartner valid = rules.check(input);
		UUID id = UUID.randomUUID();
		repository.insert(id, valid, s.username());
		Partner created = get(id);
		events.publishEvent(Audited.created("PARTNER", id, valid.units().get(0).path(), created));
		return created;
	}

	/** The support entries of a partner inside the caller's subtree (all of them for its own people). */
	public List<Support> support(UUID partnerId) {
		get(partnerId);
		Scope s = currentScope.get();
		return repository.support(partnerId, s.role() == Role.PARTNER ? null : s.subtreeFilter());
	}

	/**
	 * The support linked to an outreach session or a desk day, inside the caller's subtree, for
	 * their pages. The caller must see that session or day, as the outreach module decides.
	 */
	public List<Support> linkedTo(@Nullable UUID sessionId, @Nullable UUID deskDayId) {
		Scope s = staff();
		rules.requireVisible(sessionId, deskDayId);
		return repository.linkedTo(sessionId, deskDayId, s.subtreeFilter());
	}

	/** Records support; the same id sent again changes nothing. */
	@Transactional
	public Support addSupport(UUID partnerId, SupportInput input) {
		Scope s = officer();
		Partner partner = get(partnerId);
		if (input.id() != null && repository.supportExists(input.id())) {
			return repository.supportById(input.id()).filter(x -> x.partnerId().equals(partnerId))
				.orElseThrow(() -> InvalidInput.of("id", "support.id.taken"));
		}
		PartnerRules.ValidSupport valid = rules.check(input, partner);
		repository.insertSupport(partnerId, valid, s.username());
		Support created = repository.supportById(valid.id()).orElseThrow();
		events.publishEvent(Audited.created("PARTNER_SUPPORT", valid.id(), valid.unit().path(), created));
		return created;
	}

	/**
	 * An account for one of the partner's people: role PARTNER, scope one of the units the partner
	 * covers (its dashboards are then theirs to read).
	 */
	@Transactional
	public UserAccount createAccount(UUID partnerId, String username, String password, String displayName, long unitId) {
		officer();
		Partner partner = get(partnerId);
		if (partner.units().stream().noneMatch(u -> u.id() == unitId)) {
			throw InvalidInput.of("unitId", "partner.account.unitNotCovered");
		}
		UserAccount account = accounts.create(new NewUser(username, password, displayName, Role.PARTNER, unitId, null, null));
		repository.linkAccount(account.id(), partnerId);
		return account;
	}

	/** Links an existing PARTNER account to its partner, for start-up data. */
	@Transactional
	public void linkAccount(long userId, UUID partnerId) {
		repository.linkAccount(userId, partnerId);
	}

	/** For a partner's own people: their enterprise, what it gave and the figures of the units it covers. */
	public PartnerView mine(Period period) {
		Scope s = currentScope.get();
		if (s.role() != Role.PARTNER) {
			throw new OutOfScope("partner view");
		}
		UUID id = repository.partnerOfUser(s.username()).orElseThrow(() -> new OutOfScope("partner view"));
		Partner partner = get(id);
		List<Support> support = repository.support(id, null);
		Map<SupportKind, Long> totals = new EnumMap<>(SupportKind.class);
		for (SupportKind kind : SupportKind.values()) {
			totals.put(kind, support.stream().filter(x -> x.kind() == kind).mapToLong(Support::quantity).sum());
		}
		List<PartnerView.UnitFigures> unitFigures = partner.units().stream()
			.map(u -> new PartnerView.UnitFigures(u.id(), u.code(), u.name(), figures.of(u.id(), period))).toList();
		return new PartnerView(partner, support, totals, period, unitFigures);
	}

	/** This year to this month: what a partner's page shows unless asked otherwise. */
	public Period yearToDate() {
		YearMonth now = YearMonth.now(clock);
		return new Period(YearMonth.of(now.getYear(), 1), now);
	}

	private Partner view(PartnerRepository.Stored p, Scope s) {
		if (s.role() == Role.PARTNER) {
			// its own people see no one's name or number, their contact's included
			return new Partner(p.id(), p.name(), p.kind(), null, null, null, p.units());
		}
		boolean mask = !s.role().isOfficer();
		String phone = p.contactPhone() == null ? null : mask ? PhoneNumber.mask(p.contactPhone()) : p.contactPhone();
		String email = mask ? null : p.contactEmail();
		return new Partner(p.id(), p.name(), p.kind(), p.contactName(), phone, email, p.units());
	}

	/** Officers and teams read partners; a partner's people only their own (through {@link #mine}). */
	private Scope staff() {
		Scope s = currentScope.get();
		if (s.role() == Role.PARTNER) {
			throw new OutOfScope("partners");
		}
		return s;
	}

	private Scope officer() {
		return currentScope.officer("partners");
	}
}
