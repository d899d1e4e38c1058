package vn.ngoso.training.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.ngoso.platform.ImportResult;
import vn.ngoso.platform.InvalidInput;
import vn.ngoso.platform.web.UploadedFile;
import vn.ngoso.territory.Territory;
import vn.ngoso.training.Completion;
import vn.ngoso.training.Course;
import vn.ngoso.training.RecordCompletion;
import vn.ngoso.training.RecordTrainingSession;
import vn.ngoso.training.TrainedShare;
import vn.ngoso.training.TrainingHistory;
import vn.ngoso.training.TrainingSession;
import vn.ngoso.training.Trainings;

@RestController
@RequestMapping("/api/v1/trainings")
@Tag(name = "Trainings", description = "Courses, sessions with attendance, completion per member, members' history")
class TrainingApi {

	private final Trainings trainings;

	private final MessageSource messages;

	private final Territory territory;

	TrainingApi(Trainings trainings, MessageSource messages, Territory territory) {
		this.messages = messages;
		this.trainings = trainings;
		this.territory = territory;
	}

	@GetMapping
	@Operation(summary = "The national course, the courses of the units above the caller's scope and those inside it"
			+ " (the online course first); completions counted within the caller's scope")
	List<Course> courses() {
		return trainings.courses();
	}

	@PostMapping
	@Operation(summary = "Create the department's (at the province) or a district's course")
	ResponseEntity<Course> create(@RequestBody CourseBody body) {
		Course course;
		try {
			course = trainings.createCourse(body.toCommand(territory.idOf(body.unit())));
		}
		catch (InvalidInput e) {
			throw body.unit().inRequestTerms(e);
		}
		return ResponseEntity.created(URI.create("/api/v1/trainings/" + course.id())).body(course);
	}

	@GetMapping("/{id}")
	Course course(@PathVariable long id) {
		return trainings.course(id);
	}

	@GetMapping("/{id}/sessions")
	List<TrainingSession> sessions(@PathVariable long id) {
		return trainings.sessions(id);
	}

	@PostMapping("/{id}/sessions")
	@Operation(summary = "Record a session with its attendance; the client's id makes a resend harmless")
	ResponseEntity<TrainingSession> session(@PathVariable long id, @RequestBody TrainingSessionBody body) {
		return ResponseEntity.status(HttpStatus.CREATED).body(trainings.recordSession(id, body.toCommand()));
	}

	@GetMapping("/{id}/completions")
	List<Completion> completions(@PathVariable long id) {
		return trainings.completions(id);
	}

	@PostMapping("/{id}/completions")
	@Operation(summary = "Record (or correct) one member's completion")
	Completion complete(@PathVariable long id, @RequestBody CompletionBody body) {
		return trainings.complete(id, body.toCommand());
	}

	@PostMapping(path = "/{id}/completions/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Import the completion list (XLSX: mobile number, completed on, certificate no.): all rows or"
			+ " none; 422 with the rows' errors")
	ResponseEntity<ImportJson> importList(@PathVariable long id, @RequestParam MultipartFile file) throws IOException {
		ImportResult outcome;
		try (UploadedFile workbook = UploadedFile.of(file)) {
			outcome = trainings.importCompletions(id, workbook.path());
		}
		var json = new ImportJson(outcome.created(), outcome.errors().stream()
			.map(e -> new ImportJson.Row(e.line(), e.field(), messages.getMessage(e.messageKey(), e.args().toArray(),
					e.messageKey(), LocaleContextHolder.getLocale())))
			.toList());
		return ResponseEntity.status(outcome.succeeded() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_ENTITY).body(json);
	}

	/** What a completion list import did: every row recorded, or none and each row's error in the caller's language. */
	record ImportJson(int recorded, List<Row> errors) {

		record Row(int row, String column, String message) {
		}
	}

	@GetMapping("/shares")
	@Operation(summary = "Members and members trained, and the share trained, in the caller's unit and each unit below")
	List<TrainedShare> shares() {
		return trainings.sharesByUnit();
	}

	@GetMapping("/members/{memberId}")
	@Operation(summary = "A member's training history")
	TrainingHistory history(@PathVariable long memberId) {
		return trainings.history(memberId);
	}
}
