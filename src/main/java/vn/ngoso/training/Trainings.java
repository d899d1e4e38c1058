package vn.ngoso.training;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ngoso.figures.FigureScope;
import vn.ngoso.figures.FigureValue;
import vn.ngoso.figures.Figures;
import vn.ngoso.figures.Indicators;
import vn.ngoso.figures.Period;
import vn.ngoso.figures.TrackedFigures;
import vn.ngoso.platform.ControlCharacters;
import vn.ngoso.platform.CurrentScope;
import vn.ngoso.platform.ImportResult;
import vn.ngoso.platform.InvalidInput;
import vn.ngoso.platform.InvalidInput.FieldError;
import vn.ngoso.platform.NotFound;
import vn.ngoso.platform.OutOfScope;
import vn.ngoso.platform.PhoneNumber;
import vn.ngoso.platform.Role;
import vn.ngoso.platform.Scope;
import vn.ngoso.platform.audit.Audited;
import vn.ngoso.platform.xlsx.FileRefused;
import vn.ngoso.teams.Member;
import vn.ngoso.teams.Teams;
import vn.ngoso.territory.AdminUnit;
import vn.ngoso.territory.Territory;
import vn.ngoso.territory.UnitOption;
import vn.ngoso.training.internal.CompletionSheet;
import vn.ngoso.training.internal.TrainingRepository;

/**
 * Courses, their sessions and members' completions. A caller reads the national course, the
 * courses of the units above their scope and those organised inside it, not another district's;
 * attendance and completions are shown and written only for members in the caller's scope.
 * Recording a completion moves the members-trained figure in the same transaction.
 */
@Service
@Transactional(readOnly = true)
public class Trainings {

	/** As the other workbook imports: a list of a few thousand members takes well under 1 MB. */
	static final long MAX_UPLOAD = 5L * 1024 * 1024;

	private final TrainingRepository repository;

	private final Teams teams;

	private final Territory territory;

	private final CurrentScope currentScope;

	private final Figures figures;

	private final ApplicationEventPublisher events;

	private final TrackedFigures tracked;

	private final Clock clock;

	Trainings(TrainingRepository repository, Teams teams, Territory territory, CurrentScope currentScope,
			Figures figures, ApplicationEventPublisher events, TrackedFigures tracked,
			Clock clock) {
		this.tracked = tracked;
		this.repository = repository;
		this.teams = teams;
		this.territory = territory;
		this.currentScope = currentScope;
		this.figures = figures;
		this.events = events;
		this.clock = clock;
	}

	public List<Course> courses() {
		return repository.courses(scopePath());
	}

	public Course course(long id) {
		return repository.course(id, scopePath()).orElseThrow(() -> new NotFound("course.notFound", id)).course();
	}

	public List<TrainingSession> sessions(long courseId) {
		course(courseId);
		return repository.sessionsOf(courseId, scopePath());
	}

	public List<Completion> completions(long courseId) {
		course(courseId);
		return repository.completionsOf(courseId, scopePath());
	}

	/**
	 * The share of members trained in the caller's unit (the first root for an administrator) and
	 * in each unit below it, read from the live figures.
	 */
	public List<TrainedShare> sharesByUnit() {
		Long own = currentScope.get().unitId();
		AdminUnit unit = territory.get(own != null ? own : territory.startingPoints().get(0).unit().id());
		List<AdminUnit> units = new ArrayList<>(List.of(unit));
		territory.children(unit.id()).forEach(c -> units.add(c.unit()));
		YearMonth now = YearMonth.now(clock);
		var values = tracked.of(units.stream().map(AdminUnit::id).toList(), new Period(now, now));
		return units.stream().map(u -> {
			var v = values.get(u.id());
			return new TrainedShare(u.id(), u.code(), u.name(), count(v.get(Indicators.MEMBERS)),
					count(v.get(Indicators.MEMBERS_TRAINED)), v.get(Indicators.MEMBERS_TRAINED_RATE).value());
		}).toList();
	}

	private static long count(FigureValue value) {
		return value.value() == null ? 0 : value.value().longValue();
	}

	/** A member's courses and sessions; a member outside the scope is not found. */
	public TrainingHistory history(long memberId) {
		teams.member(memberId);
		return repository.historyOf(memberId);
	}

	/** The department's courses are set up by the province, a district's by the district (or above). */
	@Transactional
	public Course createCourse(NewCourse request) {
		currentScope.officer("course");
		List<FieldError> errors = new ArrayList<>();
		String title = text(request.title());
		if (title == null) {
			errors.add(new FieldError("title", "course.title.required"));
		}
		else if (title.length() > 200) {
			errors.add(new FieldError("title", "training.text.tooLong", 200));
		}
		AdminUnit unit = null;
		if (request.kind() == null) {
			errors.add(new FieldError("kind", "course.kind.required"));
		}
		else if (request.kind() == CourseKind.ONLINE) {
			errors.add(new FieldError("kind", "course.kind.online"));
		}
		else if (request.unitId() == null || !territory.isVisible(request.unitId())) {
			errors.add(new FieldError("unitId", "course.unit.unknown"));
		}
		else {
			unit = territory.get(request.unitId());
			int level = request.kind() == CourseKind.DEPARTMENT ? 1 : 2;
			if (unit.level() != level) {
				errors.add(new FieldError("unitId", "course.unit." + request.kind()));
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		long id = repository.insertCourse(request.kind(), title, unit.id(), unit.path(), currentScope.get().username());
		Course course = course(id);
		events.publishEvent(Audited.created("COURSE", id, unit.path(), course));
		return course;
	}

	/**
	 * A course from the page, where the officer only picks the organiser: the province's are the
	 * department's courses, a district's its own.
	 */
	@Transactional
	public Course createCourse(@Nullable String title, @Nullable Long unitId) {
		boolean province = unitId != null && territory.isVisible(unitId) && territory.get(unitId).level() == 1;
		return createCourse(new NewCourse(province ? CourseKind.DEPARTMENT : CourseKind.DISTRICT, title, unitId));
	}

	/** A session with the members who attended; the client's id makes a resend harmless. */
	@Transactional
	public TrainingSession recordSession(long courseId, RecordTrainingSession command) {
		return record(courseId, command, () -> {
			List<FieldError> errors = new ArrayList<>();
			for (Long id : command.memberIds() == null ? List.<Long>of() : command.memberIds()) {
				if (id == null || visibleActive(id) == null) {
					errors.add(new FieldError("memberIds", "training.member.unknown"));
					break;
				}
			}
			return new Attendees(command.memberIds() == null ? Set.of() : new LinkedHashSet<>(command.memberIds()),
					errors);
		});
	}

	/** Who attended, or what was wrong with the list. */
	private record Attendees(Set<Long> members, List<FieldError> errors) {
	}

	private TrainingSession record(long courseId, RecordTrainingSession command,
			java.util.function.Supplier<Attendees> attendees) {
		course(courseId);
		requireOfficer("course");
		if (command.id() == null) {
			throw InvalidInput.of("id", "trainingSession.id.required");
		}
		var existing = repository.session(command.id(), scopePath());
		if (existing.isPresent() && existing.get().courseId() == courseId) {
			return existing.get();
		}
		if (existing.isPresent() || repository.sessionExists(command.id())) {
			throw InvalidInput.of("id", "trainingSession.id.taken");
		}
		List<FieldError> errors = new ArrayList<>();
		day("date", command.date(), errors);
		String trainer = text(command.trainer());
		if (trainer == null) {
			errors.add(new FieldError("trainer", "trainingSession.trainer.required"));
		}
		else if (trainer.length() > 200) {
			errors.add(new FieldError("trainer", "training.text.tooLong", 200));
		}
		String place = text(command.place());
		if (place != null && place.length() > 200) {
			errors.add(new FieldError("place", "training.text.tooLong", 200));
		}
		Attendees who = attendees.get();
		errors.addAll(who.errors());
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		repository.insertSession(command.id(), courseId, command.date(), trainer, place, currentScope.get().username());
		who.members().forEach(m -> repository.addAttendance(command.id(), m));
		TrainingSession session = repository.session(command.id(), scopePath()).orElseThrow();
		events.publishEvent(Audited.created("TRAINING_SESSION", session.id(), null, session));
		return session;
	}

	/**
	 * As {@link #recordSession}, with the attendees given as the mobile numbers on the session's
	 * sign-in sheet (one per line, or separated by commas; "0912 345 678" is one number), as an
	 * officer types them into the page.
	 * Every number that is not valid or not an active member in the caller's scope is named, along
	 * with the session's other faults, and nothing is written.
	 */
	@Transactional
	public TrainingSession recordSessionByPhones(long courseId, RecordTrainingSession command, @Nullable String phones) {
		return record(courseId, command, () -> {
			List<FieldError> errors = new ArrayList<>();
			Set<Long> members = new LinkedHashSet<>();
			for (String raw : phones == null ? new String[0] : phones.split("[\\r\\n,;]+")) {
				raw = raw.strip();
				if (raw.isEmpty()) {
					continue;
				}
				var phone = PhoneNumber.normalize(raw);
				if (phone.isEmpty()) {
					errors.add(new FieldError("phones", "training.import.phone.invalid", raw));
					continue;
				}
				Member member = teams.activeMemberByPhoneIgnoringScope(phone.get())
					.filter(m -> visibleActive(m.id()) != null).orElse(null);
				if (member == null) {
					errors.add(new FieldError("phones", "training.import.phone.unknown", phone.get()));
				}
				else {
					members.add(member.id());
				}
			}
			if (errors.isEmpty() && members.isEmpty()) {
				errors.add(new FieldError("phones", "trainingSession.phones.required"));
			}
			return new Attendees(members, errors);
		});
	}

	/**
	 * The units the caller may set a course up for: the province (the department's courses) and
	 * the districts in the caller's scope. Empty for anyone who may not create courses.
	 */
	public List<UnitOption> organisers() {
		if (!currentScope.get().role().isOfficer()) {
			return List.of();
		}
		return territory.filterOptions().stream().filter(o -> {
			int level = territory.get(o.id()).level();
			return level == 1 || level == 2;
		}).toList();
	}

	/** Records (or corrects) one member's completion. */
	@Transactional
	public Completion complete(long courseId, RecordCompletion command) {
		course(courseId);
		requireOfficer("course");
		List<FieldError> errors = new ArrayList<>();
		Member member = command.memberId() == null ? null : visibleActive(command.memberId());
		if (member == null) {
			errors.add(new FieldError("memberId", "training.member.unknown"));
		}
		day("completedOn", command.completedOn(), errors);
		String certificate = text(command.certificateNo());
		if (certificate != null && certificate.length() > 50) {
			errors.add(new FieldError("certificateNo", "training.text.tooLong", 50));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		String by = currentScope.get().username();
		figures.change(FigureScope.communes(List.of(communeOf(member))),
				() -> repository.upsertCompletion(courseId, member.id(), command.completedOn(), certificate, by));
		events.publishEvent(Audited.created("TRAINING_COMPLETION", courseId + ":" + member.id(), null, command));
		return repository.historyOf(member.id()).completions().stream().filter(c -> c.courseId() == courseId)
			.findFirst().orElseThrow();
	}

	/**
	 * Imports a course's completion list: all rows or none. Each row must name, by mobile number,
	 * an active member in the caller's scope once, with a day of completion that is not ahead.
	 */
	@Transactional
	public ImportResult importCompletions(long courseId, Path workbook) {
		course(courseId);
		requireOfficer("course");
		List<CompletionSheet.Line> lines;
		try {
			if (Files.size(workbook) > MAX_UPLOAD) {
				throw InvalidInput.of("file", "training.import.tooLarge", MAX_UPLOAD / 1024 / 1024);
			}
			lines = CompletionSheet.read(workbook);
		}
		catch (FileRefused e) {
			throw InvalidInput.of("file", e.messageKey(), e.args());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		if (lines.isEmpty()) {
			throw InvalidInput.of("file", "training.import.empty");
		}
		List<ImportResult.RowError> errors = new ArrayList<>();
		List<Member> members = new ArrayList<>();
		Set<Long> seen = new HashSet<>();
		for (CompletionSheet.Line line : lines) {
			Member member = rowMember(line, seen, errors);
			rowDay(line, errors);
			if (line.certificate() != null && ControlCharacters.in(line.certificate())) {
				errors.add(rowError(line, 2, ControlCharacters.MESSAGE_KEY));
			}
			else if (line.certificate() != null && line.certificate().length() > 50) {
				errors.add(rowError(line, 2, "training.text.tooLong", 50));
			}
			members.add(member);
		}
		if (!errors.isEmpty()) {
			return new ImportResult(0, errors);
		}
		String by = currentScope.get().username();
		List<Long> communes = members.stream().map(this::communeOf).distinct().toList();
		figures.change(FigureScope.communes(communes), () -> {
			for (int i = 0; i < lines.size(); i++) {
				repository.upsertCompletion(courseId, members.get(i).id(), lines.get(i).day(),
						text(lines.get(i).certificate()), by);
			}
		});
		events.publishEvent(new Audited("COURSE", String.valueOf(courseId), "IMPORT_COMPLETIONS", null, null,
				lines.size()));
		return new ImportResult(lines.size(), List.of());
	}

	private @Nullable Member rowMember(CompletionSheet.Line line, Set<Long> seen, List<ImportResult.RowError> errors) {
		if (line.phone().isEmpty()) {
			errors.add(rowError(line, 0, "training.import.phone.required"));
			return null;
		}
		var phone = PhoneNumber.normalize(line.phone());
		if (phone.isEmpty()) {
			errors.add(rowError(line, 0, "training.import.phone.invalid", line.phone()));
			return null;
		}
		Member member = teams.activeMemberByPhoneIgnoringScope(phone.get())
			.filter(m -> visibleActive(m.id()) != null).orElse(null);
		if (member == null) {
			errors.add(rowError(line, 0, "training.import.phone.unknown", phone.get()));
			return null;
		}
		if (!seen.add(member.id())) {
			errors.add(rowError(line, 0, "training.import.phone.repeated", phone.get()));
		}
		return member;
	}

	private void rowDay(CompletionSheet.Line line, List<ImportResult.RowError> errors) {
		if (line.badDay()) {
			errors.add(rowError(line, 1, "training.import.day.invalid"));
			return;
		}
		List<FieldError> dayErrors = new ArrayList<>();
		day("completedOn", line.day(), dayErrors);
		dayErrors.forEach(e -> errors.add(rowError(line, 1, e.messageKey(), e.args())));
	}

	private ImportResult.RowError rowError(CompletionSheet.Line line, int column, String key, Object... args) {
		return new ImportResult.RowError(line.number(), CompletionSheet.HEADER.get(column), key, cell(line, column),
				java.util.Arrays.asList(args));
	}

	/** The text read in a column of the completion list, for the row's error. */
	private static String cell(CompletionSheet.Line line, int column) {
		return switch (column) {
			case 0 -> line.phone();
			case 2 -> line.certificate() == null ? "" : line.certificate();
			default -> line.day() == null ? "" : line.day().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
		};
	}

	/**
	 * An active member the caller may see, or null. Checked here rather than by catching the teams
	 * module's "not found", which would mark this transaction for rollback (the import carries on
	 * after an unknown row to report them all).
	 */
	private @Nullable Member visibleActive(long memberId) {
		Scope s = currentScope.get();
		return teams.memberIgnoringScope(memberId).filter(Member::active).filter(m -> {
			if (s.role() == Role.TEAM_LEADER && s.teamId() != null) {
				return m.teamId() == s.teamId();
			}
			if (s.role() == Role.MEMBER) {
				return s.memberId() != null && m.id() == s.memberId();
			}
			return teams.teamIgnoringScope(m.teamId()).filter(t -> s.coversUnitPath(t.unitPath())).isPresent();
		}).orElse(null);
	}

	/** The commune whose team figures a member counts in (a commune's teams are counted together). */
	private long communeOf(Member member) {
		long unitId = teams.teamIgnoringScope(member.teamId()).orElseThrow().unitId();
		AdminUnit unit = territory.lookupIgnoringScope(unitId).orElseThrow();
		return unit.isHamlet() && unit.parentId() != null ? unit.parentId() : unit.id();
	}

	private void day(String field, @Nullable LocalDate day, List<FieldError> errors) {
		if (day == null) {
			errors.add(new FieldError(field, "training.day.required"));
		}
		else if (day.isAfter(LocalDate.now(clock))) {
			errors.add(new FieldError(field, "training.day.future"));
		}
		else if (day.isBefore(LocalDate.of(2022, 1, 1))) {
			errors.add(new FieldError(field, "training.day.tooOld"));
		}
	}

	private void requireOfficer(Object what) {
		Role role = currentScope.get().role();
		if (!role.isOfficer() && role != Role.TEAM_LEADER) {
			throw new OutOfScope(what);
		}
	}

	private @Nullable String scopePath() {
		Scope s = currentScope.get();
		return s.subtreeFilter();
	}

	private static @Nullable String text(@Nullable String value) {
		if (value == null) {
			return null;
		}
		String s = Normalizer.normalize(value.strip(), Normalizer.Form.NFC);
		return s.isEmpty() ? null : s;
	}
}
