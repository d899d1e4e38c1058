package vn.ngoso.reported;

import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ngoso.platform.NotAllowed;
import vn.ngoso.figures.FigureValue;
import vn.ngoso.figures.Indicator;
import vn.ngoso.figures.Indicators;
import vn.ngoso.figures.Measure;
import vn.ngoso.figures.Period;
import vn.ngoso.platform.CurrentScope;
import vn.ngoso.platform.InvalidInput;
import vn.ngoso.platform.NotFound;
import vn.ngoso.platform.OutOfScope;
import vn.ngoso.platform.Page;
import vn.ngoso.platform.Scope;
import vn.ngoso.platform.audit.Audited;
import vn.ngoso.reported.internal.ApprovedRollUp;
import vn.ngoso.reported.internal.ReportedImporter;
import vn.ngoso.reported.internal.ReportedRepository;
import vn.ngoso.reported.internal.ReportedRules;
import vn.ngoso.reported.internal.ReportedWorkbook;
import vn.ngoso.territory.Territory;

/**
 * Values the platform cannot see, entered per unit and period by the source agencies:
 * entered (a draft, seen by its author) → submitted → approved or rejected by the level above.
 * Only approved values reach dashboards and reports.
 *
 * <p>Officers (commune, district, province, administrator) enter values for units of their
 * subtree. A draft is seen only by its author; once submitted, by anyone whose subtree holds the
 * unit. A value is decided by someone whose scope unit lies strictly above the value's unit (an
 * administrator decides a province's), never by its author. A rejected value goes back to its
 * author to correct and submit again; an approved one is never changed, only superseded by a newer
 * approved value. Every step is kept with its comment and published to the audit log.
 */
@Service
@Transactional(readOnly = true)
public class ReportedValues {

	static final String AUDIT_TYPE = "REPORTED_VALUE";

	private final Indicators indicators;

	private final ReportedRepository repository;

	private final ReportedRules rules;

	private final ReportedImporter importer;

	private final CurrentScope currentScope;

	private final Territory territory;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ReportedValues(Indicators indicators, ReportedRepository repository, ReportedRules rules, ReportedImporter importer,
			CurrentScope currentScope, Territory territory, ApplicationEventPublisher events, Clock clock) {
		this.clock = clock;
		this.indicators = indicators;
		this.repository = repository;
		this.rules = rules;
		this.importer = importer;
		this.currentScope = currentScope;
		this.territory = territory;
		this.events = events;
	}

	/** A draft by the current user; its id. */
	@Transactional
	public UUID enter(ReportedEntry entry) {
		Scope s = officer();
		ReportedRules.Valid v = rules.check(entry, null);
		UUID id = UUID.randomUUID();
		insert(id, v, s.username());
		return id;
	}

	/** Checks an entry as {@link #enter} would, writing nothing; throws {@link InvalidInput}. */
	public void check(ReportedEntry entry) {
		officer();
		rules.check(entry, null);
	}

	/** Changes a draft, or a rejected value, of the caller's own. */
	@Transactional
	public void edit(UUID id, ReportedEntry entry) {
		Scope s = officer();
		ReportedValue before = visibleForUpdate(id, s);
		requireAuthor(before, s, "reported.edit.notAuthor");
		if (!before.status().editable()) {
			throw InvalidInput.of("status", "reported.edit.notEditable");
		}
		ReportedRules.Valid v = rules.check(entry, id);
		try {
			repository.update(id, v.unit().id(), v.unit().path(), v.indicator().code(), v.from(), v.to(), v.value(),
					v.note());
		}
		catch (DuplicateKeyException e) {
			throw InvalidInput.of("indicator", "reported.open.exists");
		}
		ReportedValue after = repository.find(id).orElseThrow();
		repository.step(after, "EDITED", s.username(), null);
		events.publishEvent(Audited.updated(AUDIT_TYPE, id, after.unitPath(), before, after));
	}

	/** Deletes a draft of the caller's own; submitted and decided values stay. */
	@Transactional
	public void delete(UUID id) {
		Scope s = officer();
		ReportedValue before = visibleForUpdate(id, s);
		requireAuthor(before, s, "reported.delete.notAuthor");
		if (before.status() != ReportedStatus.DRAFT) {
			throw InvalidInput.of("status", "reported.delete.notDraft");
		}
		repository.delete(id);
		events.publishEvent(new Audited(AUDIT_TYPE, id.toString(), "DELETE", before.unitPath(), before, null));
	}

	@Transactional
	public void submit(UUID id, @Nullable String comment) {
		Scope s = officer();
		ReportedValue before = visibleForUpdate(id, s);
		requireAuthor(before, s, "reported.submit.notAuthor");
		if (!before.status().editable()) {
			throw InvalidInput.of("status", "reported.submit.notEditable");
		}
		String text = comment(comment, false);
		rules.recheck(before);
		try {
			repository.submitted(id);
		}
		catch (DuplicateKeyException e) {
			throw InvalidInput.of("indicator", "reported.open.exists");
		}
		transition(before, "SUBMITTED", "SUBMIT", s, text);
	}

	@Transactional
	public void approve(UUID id, @Nullable String comment) {
		Scope s = officer();
		ReportedValue before = decidable(id, s);
		String text = comment(comment, false);
		repository.decided(id, ReportedStatus.APPROVED, s.username());
		transition(before, "APPROVED", "APPROVE", s, text);
	}

	/** Sends a submitted value back to its author; the comment (why) is required. */
	@Transactional
	public void reject(UUID id, String comment) {
		Scope s = officer();
		ReportedValue before = decidable(id, s);
		String text = comment(comment, true);
		repository.decided(id, ReportedStatus.REJECTED, s.username());
		transition(before, "REJECTED", "REJECT", s, text);
	}

	/**
	 * Every reported indicator of the unit for the period, from approved values only, in
	 * catalogue order; {@link FigureValue#value()} is null where nothing approved applies.
	 * <p>
	 * A stock is the newest value up to the period's end, a flow the sum of the values whose months
	 * lie within the period, a rate the newest value within the period. A unit's figure is its own
	 * value where it has one, otherwise the sum of its children's figures (stocks and flows; a rate
	 * is never added up). {@link FigureValue#changedAt()} is when the newest value counted was
	 * approved. One query over the unit's subtree; the caller has checked the unit is in scope.
	 */
	public Map<String, FigureValue> approved(long unitId, Period period) {
		List<Indicator> reported = indicators.reported();
		List<String> stocks = codes(reported, Measure.STOCK);
		List<String> flows = codes(reported, Measure.FLOW);
		List<String> rates = codes(reported, Measure.RATE);
		return ApprovedRollUp.of(unitId, reported,
				repository.approvedUnder(unitId, period.from(), period.to(), stocks, flows, rates));
	}

	/** A value the caller may see (a draft only by its author). */
	public ReportedValue get(UUID id) {
		Scope s = officer();
		return repository.find(id).filter(v -> visible(v, s)).orElseThrow(() -> new NotFound("reported.notFound", id));
	}

	/** The steps of a value the caller may see, oldest first. */
	public List<ReportedStep> history(UUID id) {
		get(id);
		return repository.steps(id);
	}

	public Page<ReportedValue> list(ReportedFilter filter, int page, int size) {
		Scope s = officer();
		String under = filter.unitId() == null ? null : territory.get(filter.unitId()).path();
		var query = new ReportedRepository.Query(s.username(), s.subtreeFilter(), under, filter.indicator(),
				filter.status(), filter.awaiting(), filter.mine());
		return new Page<>(repository.list(query, page * size, size), page, size, repository.count(query));
	}

	/** How many submitted values wait for the caller's decision. */
	public long awaitingCount() {
		Scope s = officer();
		return repository.count(new ReportedRepository.Query(s.username(), s.subtreeFilter(), null, null, null, true,
				false));
	}

	/** What the caller may do with the value now. */
	public ReportedActions actions(ReportedValue v) {
		Scope s = officer();
		boolean author = v.enteredBy().equals(s.username());
		boolean submitted = v.status() == ReportedStatus.SUBMITTED;
		String why = null;
		if (submitted && author) {
			why = "reported.decide.ownValue";
		}
		else if (submitted && !strictlyAbove(s, v.unitPath())) {
			why = "reported.decide.notAbove";
		}
		return new ReportedActions(author && v.status().editable(), author && v.status() == ReportedStatus.DRAFT,
				author && v.status().editable(), submitted && why == null, why);
	}

	/** The latest month a value may be entered for (Vietnam's clock). */
	public YearMonth currentMonth() {
		return YearMonth.now(clock);
	}

	/** The indicators values are entered for, in catalogue order. */
	public List<Indicator> reportedIndicators() {
		return indicators.reported();
	}

	/**
	 * Every row of the workbook becomes a draft of the caller, or, when a row breaks a rule or the
	 * file is refused, nothing is written and the errors are returned: all or nothing.
	 */
	@Transactional
	public ReportedImport importDrafts(Path workbook) {
		Scope s = officer();
		ReportedImporter.Checked checked = importer.check(workbook);
		if (!checked.result().ok()) {
			return checked.result();
		}
		List<UUID> ids = new java.util.ArrayList<>();
		for (ReportedRules.Valid v : checked.valid()) {
			UUID id = UUID.randomUUID();
			insert(id, v, s.username());
			ids.add(id);
		}
		return new ReportedImport(checked.result().rows(), ids, List.of(), null, new Object[0]);
	}

	/** The workbook to fill in: the header, an example row, and the codes on a second sheet. */
	public byte[] template() {
		return ReportedWorkbook.template(indicators.reported().stream().map(Indicator::code).toList());
	}

	private void insert(UUID id, ReportedRules.Valid v, String username) {
		try {
			repository.insert(id, v.unit().id(), v.unit().path(), v.indicator().code(), v.from(), v.to(), v.value(),
					v.note(), username);
		}
		catch (DuplicateKeyException e) {
			throw InvalidInput.of("indicator", "reported.open.exists");
		}
		ReportedValue created = repository.find(id).orElseThrow();
		repository.step(created, "ENTERED", username, null);
		events.publishEvent(Audited.created(AUDIT_TYPE, id, created.unitPath(), created));
	}

	private void transition(ReportedValue before, String step, String action, Scope s, @Nullable String comment) {
		ReportedValue after = repository.find(before.id()).orElseThrow();
		repository.step(after, step, s.username(), comment);
		events.publishEvent(new Audited(AUDIT_TYPE, before.id().toString(), action, after.unitPath(), before,
				new Decision(after, comment)));
	}

	/** What the audit log keeps of a step: the value after it and the comment given. */
	public record Decision(ReportedValue value, @Nullable String comment) {
	}

	/** A submitted value the caller may decide: one of the level below, not their own. */
	private ReportedValue decidable(UUID id, Scope s) {
		ReportedValue v = visibleForUpdate(id, s);
		if (v.status() != ReportedStatus.SUBMITTED) {
			throw InvalidInput.of("status", "reported.decide.notSubmitted");
		}
		if (v.enteredBy().equals(s.username())) {
			throw new NotAllowed("reported.decide.ownValue");
		}
		if (!strictlyAbove(s, v.unitPath())) {
			throw new NotAllowed("reported.decide.notAbove");
		}
		return v;
	}

	private static String comment(@Nullable String comment, boolean required) {
		String text = comment == null ? "" : vn.ngoso.platform.SearchText.clean(comment);
		if (text.isEmpty()) {
			if (required) {
				throw InvalidInput.of("comment", "reported.comment.required");
			}
			return null;
		}
		if (text.length() > 1000) {
			throw InvalidInput.of("comment", "reported.comment.tooLong", 1000);
		}
		return text;
	}

	private ReportedValue visibleForUpdate(UUID id, Scope s) {
		return repository.findForUpdate(id).filter(v -> visible(v, s))
			.orElseThrow(() -> new NotFound("reported.notFound", id));
	}

	private void requireAuthor(ReportedValue v, Scope s, String messageKey) {
		if (!v.enteredBy().equals(s.username())) {
			throw new NotAllowed(messageKey);
		}
	}

	/** Reported values are officers' work: anyone else is answered "not found". */
	public void requireOfficer() {
		officer();
	}

	private Scope officer() {
		Scope s = currentScope.get();
		if (!s.role().isOfficer()) {
			throw new OutOfScope("reported values");
		}
		return s;
	}

	private static boolean visible(ReportedValue v, Scope s) {
		return s.coversUnitPath(v.unitPath()) && (v.status() != ReportedStatus.DRAFT || v.enteredBy().equals(s.username()));
	}

	/** The caller's scope unit lies strictly above the unit: the level that decides its values. */
	private static boolean strictlyAbove(Scope s, String unitPath) {
		return s.isAdmin() || s.unitPath() != null && unitPath.startsWith(s.unitPath() + ".");
	}

	private static List<String> codes(List<Indicator> reported, Measure measure) {
		return reported.stream().filter(i -> i.measure() == measure).map(Indicator::code).toList();
	}
}
