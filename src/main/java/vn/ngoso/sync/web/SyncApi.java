package vn.ngoso.sync.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.ngoso.platform.InvalidInput;
import vn.ngoso.platform.web.JsonFault;
import vn.ngoso.sync.Pulls;
import vn.ngoso.sync.Pushes;
import vn.ngoso.sync.RecordResult;
import vn.ngoso.sync.Sent;
import vn.ngoso.sync.SyncRecord;
import vn.ngoso.sync.UnreadableRecord;

@RestController
@RequestMapping("/api/v1/sync")
@Tag(name = "Sync", description = "The offline client: the member's working set and changes since a cursor; batches of"
		+ " records made on the phone, each applied exactly once")
class SyncApi {

	/** The phone's id on a push, see {@link #push}. */
	static final String DEVICE_HEADER = "X-Ngoso-Device";

	/** The records as JSON trees: each is read on its own, so that one unreadable record is refused alone. */
	record PushRequest(@ArraySchema(schema = @Schema(implementation = SyncRecord.class)) @Nullable List<JsonNode> records) {
	}

	record FieldError(String field, String message) {
	}

	/** @param status applied, duplicate or rejected */
	record ResultJson(@Nullable UUID id, String status, @Nullable String reason, List<FieldError> errors,
			@Nullable String note) {
	}

	record PushResponse(List<ResultJson> results) {
	}

	record Status(String username, Instant serverTime, int maxBatch) {
	}

	private final Pulls pulls;

	private final Pushes pushes;

	private final MessageSource messages;

	private final Clock clock;

	private final JsonMapper json;

	SyncApi(Pulls pulls, Pushes pushes, MessageSource messages, Clock clock, JsonMapper json) {
		this.pulls = pulls;
		this.pushes = pushes;
		this.messages = messages;
		this.clock = clock;
		this.json = json;
	}

	@GetMapping("/pull")
	@Operation(summary = "Changes in the caller's working set since a cursor (without one: the whole working set, in pages)",
			description = "The cursor is a position in the server's change log (transaction id and sequence), never a"
					+ " time. Ask again with the answer's cursor while `more` is true; keep the last cursor for next time."
					+ " Households come whole, masked as for a member; `removed` lists those that left the scope."
					+ " Gzipped when the request accepts it.")
	PullJson pull(@Parameter(description = "from the previous answer; empty the first time") @RequestParam(required = false) String cursor,
			@RequestParam(defaultValue = "" + Pulls.DEFAULT_LIMIT) int limit) {
		return PullJson.of(pulls.pull(cursor, limit));
	}

	@PostMapping("/push")
	@Operation(summary = "A batch of records made on the phone (at most " + Pushes.MAX_RECORDS + "), applied in order",
			description = "Each record answers applied, duplicate (it was applied before: nothing changed) or rejected"
					+ " with the reason. Sending the same batch again answers duplicate for what was applied. Over the"
					+ " size limit the whole batch is refused with a 413 problem.")
	PushResponse push(@RequestBody PushRequest request, @Parameter(description = "the id the offline app made for"
			+ " this phone (a UUID), kept with each visit so that one phone sending for several accounts is seen")
	@RequestHeader(name = DEVICE_HEADER, required = false) @Nullable String device) {
		List<Sent> records = request.records() == null ? List.of() : request.records().stream().map(this::read).toList();
		List<RecordResult> results = pushes.push(records, deviceId(device));
		return new PushResponse(results.stream().map(this::json).toList());
	}

	@GetMapping("/status")
	@Operation(summary = "Who the token belongs to, the server's clock and the batch limit: a cheap check before sending")
	Status status(java.security.Principal principal) {
		return new Status(principal.getName(), clock.instant(), Pushes.MAX_RECORDS);
	}

	/** The phone's id, or a 400 naming the header when it is not a UUID. */
	private static @Nullable UUID deviceId(@Nullable String header) {
		if (header == null || header.isBlank()) {
			return null;
		}
		try {
			UUID id = UUID.fromString(header.strip());
			if (id.toString().equalsIgnoreCase(header.strip())) {
				return id;
			}
		}
		catch (IllegalArgumentException e) {
			// answered below
		}
		throw InvalidInput.of(DEVICE_HEADER, "sync.device.invalid");
	}

	/**
	 * The record, or why it cannot be read (a value of the wrong type, a text with a control
	 * character), with the field named within the record's data as the phone's form names it.
	 */
	private Sent read(@Nullable JsonNode record) {
		if (record == null || !record.isObject()) {
			return new UnreadableRecord(null, InvalidInput.of("record", "error.unreadableBody"));
		}
		try {
			return json.treeToValue(record, SyncRecord.class);
		}
		catch (JacksonException e) {
			JsonFault fault = JsonFault.of(e);
			String field = fault.field().contains(".") ? fault.field().substring(fault.field().indexOf('.') + 1) : fault.field();
			return new UnreadableRecord(idOf(record), InvalidInput.of(field, fault.messageKey()));
		}
	}

	private static @Nullable UUID idOf(JsonNode record) {
		JsonNode id = record.get("id");
		try {
			return id != null && id.isString() ? UUID.fromString(id.asString()) : null;
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	private ResultJson json(RecordResult r) {
		return new ResultJson(r.id(), r.status().name().toLowerCase(java.util.Locale.ROOT),
				r.reason() == null ? null : text(r.reason()),
				r.errors().stream().map(e -> new FieldError(e.field(), text(e.messageKey(), e.args()))).toList(),
				r.note() == null ? null : text(r.note()));
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}
}
