package vn.ngoso.feedback;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ngoso.feedback.internal.AgencyRepository;
import vn.ngoso.feedback.internal.FeedbackRepository;
import vn.ngoso.feedback.internal.FeedbackRules;
import vn.ngoso.feedback.internal.References;
import vn.ngoso.figures.FigureScope;
import vn.ngoso.figures.Figures;
import vn.ngoso.figures.RecordKind;
import vn.ngoso.platform.CurrentScope;
import vn.ngoso.platform.InvalidInput;
import vn.ngoso.platform.NotFound;
import vn.ngoso.platform.OutOfScope;
import vn.ngoso.platform.ScopedPrincipal;
import vn.ngoso.platform.audit.Audited;
import vn.ngoso.platform.database.MayReadReplica;
import vn.ngoso.territory.AdminUnit;
import vn.ngoso.territory.Territory;
import vn.ngoso.territory.UnitOption;

/**
 * The feedback loop: a citizen's item is routed to the agency responsible for its category at
 * its unit (or the nearest unit above), gets a deadline in working days, and is accepted,
 * answered or re-routed by that agency's officer; the citizen may reopen an answer within
 * {@link #REOPEN_WINDOW}. Every write moves the live figures in the same transaction.
 */
@Service
@Transactional(readOnly = true, noRollbackFor = { NotFound.class, InvalidInput.class })
public class Feedbacks {

	public static final Duration REOPEN_WINDOW = Duration.ofDays(7);

	private final FeedbackRepository repository;

	private final AgencyRepository agencies;

	private final References references;

	private final WorkingDays workingDays;

	private final Territory territory;

	private final Figures figures;

	private final FeedbackAccess access;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Feedbacks(FeedbackRepository repository, AgencyRepository agencies, References references, WorkingDays workingDays,
			Territory territory, Figures figures, CurrentScope scope, ApplicationEventPublisher events, Clock clock) {
		this.repository = repository;
		this.agencies = agencies;
		this.references = references;
		this.workingDays = workingDays;
		this.territory = territory;
		this.figures = figures;
		this.access = new FeedbackAccess(scope, agencies);
		this.events = events;
		this.clock = clock;
	}

	public List<Category> categories() {
		return agencies.categories();
	}

	/**
	 * Takes in an item from any channel, routes it and sets its deadline. Nobody needs to be
	 * signed in (the public page, Open311 clients); the unit is any commune or hamlet.
	 */
	@Transactional
	public PublicFeedback submit(NewFeedback input) {
		FeedbackRules.Valid valid = FeedbackRules.check(input, categories());
		AdminUnit unit = territory.lookupIgnoringScope(valid.unitId())
			.filter(u -> u.isCommune() || u.isHamlet())
			.orElseThrow(() -> InvalidInput.of("unitId", "feedback.unit.unknown"));
		Instant now = clock.instant();
		LocalDate due = workingDays.after(today(now), valid.category().deadlineDays());
		Optional<Agency> agency = agencies.routeAtOrAbove(valid.category().code(), unit.path());
		FeedbackStatus status = agency.isPresent() ? FeedbackStatus.ROUTED : FeedbackStatus.RECEIVED;
		UUID id = UUID.randomUUID();
		String reference = freshReference();
		figures.change(FigureScope.record(RecordKind.FEEDBACK, id), () -> repository.insert(new FeedbackRepository.NewRow(id,
				reference, valid.category().code(), valid.description(), unit.id(), unit.path(), unit.provinceCode(),
				valid.lat(), valid.lon(), valid.contactName(), valid.contactPhone(), input.channel(), status,
				agency.map(Agency::id).orElse(null), now, due, input.published())));
		String actor = actor(input.channel());
		repository.event(id, now, actor, "RECEIVE", FeedbackStatus.RECEIVED, null, input.channel().name());
		agency.ifPresent(a -> repository.event(id, now, actor, "ROUTE", FeedbackStatus.ROUTED, a.id(), null));
		audit(id, "CREATE", unit.path(), Map.of("reference", reference, "channel", input.channel().name(),
				"contact", valid.contactPhone() != null || valid.contactName() != null, "published", input.published()));
		return publicView(repository.find(id).orElseThrow());
	}

	/**
	 * An item written down by someone signed in: a call to the 1022 hotline, or what a resident said
	 * during a visit. Only for a commune or hamlet in their scope; their username goes in its history.
	 * Officers, team leaders and members may; agencies and partners receive items, they do not raise them.
	 */
	@Transactional
	public PublicFeedback record(NewFeedback input) {
		checkMayRecord();
		List<InvalidInput.FieldError> errors = new ArrayList<>();
		if (input.channel() != Channel.HOTLINE && input.channel() != Channel.VISIT) {
			errors.add(new InvalidInput.FieldError("channel", "feedback.channel.staff"));
		}
		if (input.unitId() != null && !recordable(input.unitId())) {
			errors.add(new InvalidInput.FieldError("unitId", "feedback.unit.outside"));
		}
		try {
			FeedbackRules.check(input, categories());
		}
		catch (InvalidInput e) {
			// the rules speak to the citizen; here someone writes down what the citizen agreed to
			e.errors().forEach(error -> errors.add(error.messageKey().equals("feedback.contact.consentRequired")
					? new InvalidInput.FieldError(error.field(), "feedback.new.consentRequired") : error));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		return submit(input);
	}

	/** For the form's page: anyone who may not record an item does not find it. */
	public void checkMayRecord() {
		if (!access.mayRecord()) {
			throw new OutOfScope("feedback");
		}
	}

	/** The communes and hamlets in the caller's scope an item may be written down for, "Ấp 2 – Xã Tuyên Bình" first. */
	public List<UnitOption> recordableUnits() {
		List<UnitOption> units = new ArrayList<>(territory.hamletOptions());
		territory.filterOptions().stream().filter(o -> territory.get(o.id()).isCommune())
			.map(o -> new UnitOption(o.id(), o.name(), 0)).forEach(units::add);
		return units;
	}

	private boolean recordable(long unitId) {
		return territory.isVisible(unitId) && territory.get(unitId).level() >= 3;
	}

	/** What the holder of a reference number sees; empty for a reference that does not exist. */
	public Optional<PublicFeedback> byReference(String typed) {
		String reference = References.normalize(typed);
		return reference == null ? Optional.empty() : repository.findByReference(reference).map(this::publicView);
	}

	/** The citizen says the answer did not settle it: back to the same agency with a new deadline. */
	@Transactional
	public PublicFeedback reopen(String typedReference, @Nullable String reason) {
		FeedbackItem item = Optional.ofNullable(References.normalize(typedReference))
			.flatMap(repository::findByReference)
			.orElseThrow(() -> InvalidInput.of("reference", "feedback.reference.unknown"));
		String why = FeedbackRules.requiredText(reason, "reason", FeedbackRules.REASON_MAX);
		Instant now = clock.instant();
		if (item.status() != FeedbackStatus.ANSWERED && item.status() != FeedbackStatus.CLOSED) {
			throw InvalidInput.of("reference", "feedback.reopen.notAnswered");
		}
		if (item.status() == FeedbackStatus.CLOSED || reopenUntil(item).isBefore(now)) {
			throw InvalidInput.of("reference", "feedback.reopen.tooLate", REOPEN_WINDOW.toDays());
		}
		int days = agencies.category(item.category()).orElseThrow().deadlineDays();
		repository.reopen(item.id(), workingDays.after(today(now), days), now);
		repository.event(item.id(), now, "citizen", "REOPEN", FeedbackStatus.REOPENED, item.agencyId(), why);
		audit(item.id(), "REOPEN", item.unitPath(), Map.of("reference", item.reference()));
		return publicView(repository.find(item.id()).orElseThrow());
	}

	/** The caller's items: an agency officer's inbox, or everything raised under an officer's unit. */
	public List<FeedbackItem> inbox(boolean openOnly) {
		return access.inbox(repository, openOnly, 500);
	}

	public FeedbackItem item(UUID id) {
		return access.visible(repository.find(id));
	}

	public List<FeedbackEvent> history(UUID id) {
		item(id);
		return repository.events(id).stream()
			.map(e -> new FeedbackEvent(e.at(), e.actor(), e.action(), e.status(), e.agencyName(), e.note()))
			.toList();
	}

	/** The agencies an item can be sent to by the caller: all those above or below their unit. */
	public List<Agency> agencies() {
		return agencies.agencies(access.scopePath());
	}

	public boolean canAct(FeedbackItem item) {
		return access.isAgencyOf(item);
	}

	public boolean canReroute(FeedbackItem item) {
		try {
			access.routingAllowed(java.util.Optional.of(item));
			return true;
		}
		catch (NotFound e) {
			return false;
		}
	}

	@Transactional
	public FeedbackItem accept(UUID id) {
		FeedbackItem item = access.actingAgency(repository.find(id));
		if (item.status() != FeedbackStatus.ROUTED && item.status() != FeedbackStatus.REOPENED) {
			throw InvalidInput.of("status", "feedback.accept.notRouted");
		}
		Instant now = clock.instant();
		repository.setStatus(id, FeedbackStatus.IN_PROGRESS, now);
		repository.event(id, now, access.username(), "ACCEPT", FeedbackStatus.IN_PROGRESS, item.agencyId(), null);
		return repository.find(id).orElseThrow();
	}

	@Transactional
	public FeedbackItem answer(UUID id, @Nullable String text) {
		FeedbackItem item = access.actingAgency(repository.find(id));
		String answer = FeedbackRules.requiredText(text, "answer", FeedbackRules.TEXT_MAX);
		if (!item.status().open()) {
			throw InvalidInput.of("status", "feedback.answer.alreadyAnswered");
		}
		Instant now = clock.instant();
		figures.change(FigureScope.record(RecordKind.FEEDBACK, id), () -> repository.answer(id, answer, now));
		repository.event(id, now, access.username(), "ANSWER", FeedbackStatus.ANSWERED, item.agencyId(), null);
		audit(id, "ANSWER", item.unitPath(), Map.of("reference", item.reference()));
		return repository.find(id).orElseThrow();
	}

	/** Sends an item to another agency, saying why (a misrouted item is the usual complaint). */
	@Transactional
	public FeedbackItem reroute(UUID id, @Nullable String agencyCode, @Nullable String reason) {
		FeedbackItem item = access.routingAllowed(repository.find(id));
		String why = FeedbackRules.requiredText(reason, "reason", FeedbackRules.REASON_MAX);
		Agency target = Optional.ofNullable(agencyCode).filter(c -> !c.isBlank()).flatMap(c -> agencies.byCode(c.strip()))
			.orElseThrow(() -> InvalidInput.of("agency", "feedback.agency.unknown"));
		if (item.agencyId() != null && target.id() == item.agencyId()) {
			throw InvalidInput.of("agency", "feedback.agency.same");
		}
		if (!item.status().open()) {
			throw InvalidInput.of("status", "feedback.answer.alreadyAnswered");
		}
		Instant now = clock.instant();
		repository.route(id, target.id(), FeedbackStatus.ROUTED, now);
		repository.event(id, now, access.username(), "REROUTE", FeedbackStatus.ROUTED, target.id(), why);
		audit(id, "REROUTE", item.unitPath(), Map.of("reference", item.reference(), "agency", target.code()));
		return repository.find(id).orElseThrow();
	}

	/**
	 * The scheduled job's work at {@code now}: each open item past its deadline goes to the
	 * agency of the level above (for its category) with a fresh deadline; answered items whose
	 * reopening window has passed are closed. Returns how many items were escalated.
	 */
	@Transactional
	public int escalateOverdue(Instant now) {
		LocalDate today = today(now);
		int escalated = 0;
		for (UUID id : repository.overdue(today)) {
			FeedbackItem item = repository.find(id).orElseThrow();
			int days = agencies.category(item.category()).orElseThrow().deadlineDays();
			Optional<Agency> current = item.agencyId() == null ? Optional.empty() : agencies.byId(item.agencyId());
			Optional<Agency> above = current.isPresent() ? agencies.routeAbove(item.category(), current.get())
					: agencies.routeAtOrAbove(item.category(), item.unitPath());
			repository.escalate(id, above.map(Agency::id).orElse(null), workingDays.after(today, days), now);
			repository.event(id, now, "system", "ESCALATE", above.isPresent() ? FeedbackStatus.ROUTED : item.status(),
					above.map(Agency::id).orElse(item.agencyId()), above.isPresent() ? null : "no level above");
			escalated++;
		}
		for (UUID id : repository.answeredBefore(now.minus(REOPEN_WINDOW))) {
			repository.close(id, now);
			repository.event(id, now, "system", "CLOSE", FeedbackStatus.CLOSED, null, null);
		}
		return escalated;
	}

	/**
	 * Open311's GET requests, newest first: by references, what their holders see; otherwise the
	 * public list, in which items not published keep their text (and reference) to themselves.
	 */
	@MayReadReplica
	public List<PublicFeedback> search(Open311Filter filter) {
		Instant now = clock.instant();
		boolean holders = !filter.references().isEmpty();
		return repository.search(filter).stream()
			.map(f -> holders ? PublicViews.forHolder(f, now) : PublicViews.listed(f, now))
			.toList();
	}

	/** How many items Open311's GET requests match over all pages. */
	@MayReadReplica
	public long count(Open311Filter filter) {
		return repository.count(filter);
	}

	public LocalDate today() {
		return today(clock.instant());
	}

	private LocalDate today(Instant now) {
		return LocalDate.ofInstant(now, clock.getZone());
	}

	/** What the holder of the item's reference sees. */
	private PublicFeedback publicView(FeedbackItem f) {
		return PublicViews.forHolder(f, clock.instant());
	}

	static Instant reopenUntil(FeedbackItem f) {
		return f.answeredAt() == null ? Instant.EPOCH : f.answeredAt().plus(REOPEN_WINDOW);
	}

	private String freshReference() {
		String reference = references.next();
		while (repository.referenceTaken(reference)) {
			reference = references.next();
		}
		return reference;
	}

	private static String actor(Channel channel) {
		var auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.getPrincipal() instanceof ScopedPrincipal p) {
			return p.scope().username();
		}
		return channel == Channel.API ? "open311" : "citizen";
	}

	private void audit(UUID id, String action, String unitPath, Map<String, Object> after) {
		events.publishEvent(new Audited("FEEDBACK", id.toString(), action, unitPath, null, after));
	}
}
