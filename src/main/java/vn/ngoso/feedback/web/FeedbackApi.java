package vn.ngoso.feedback.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ngoso.feedback.Channel;
import vn.ngoso.feedback.FeedbackEvent;
import vn.ngoso.feedback.FeedbackItem;
import vn.ngoso.feedback.Feedbacks;
import vn.ngoso.feedback.NewFeedback;
import vn.ngoso.feedback.PublicFeedback;
import vn.ngoso.platform.InvalidInput;
import vn.ngoso.territory.Territory;
import vn.ngoso.territory.UnitReference;

/**
 * The staff's side as JSON, for an agency's own system or a script: the inbox, an item with its
 * history, the agency's actions, and items written down from the hotline or a visit. The same
 * rules as the pages: an item one may not see is not found. Citizens' clients use Open311.
 */
@RestController
@RequestMapping("/api/v1/feedback")
@Tag(name = "Feedback", description = "The inbox, an item's history, accept / answer / re-route, and items staff write down")
class FeedbackApi {

	private final Feedbacks feedbacks;

	private final Territory territory;

	FeedbackApi(Feedbacks feedbacks, Territory territory) {
		this.feedbacks = feedbacks;
		this.territory = territory;
	}

	/**
	 * An item as staff send it; a channel other than HOTLINE or VISIT is refused by name. {@code public}
	 * (default false) lets anyone read its text, masked: only when the resident agreed.
	 */
	record RecordBody(@Nullable String channel, @Nullable String category, @Nullable String unitCode,
			@Schema(deprecated = true, description = UnitReference.DEPRECATED_BODY_ID) @Nullable Long unitId,
			@Nullable String description, @Nullable String contactName, @Nullable String contactPhone,
			@Nullable Boolean consent, @JsonProperty("public") @Nullable Boolean published) {

		UnitReference unit() {
			return UnitReference.body(unitCode, unitId);
		}

		NewFeedback toNewFeedback(@Nullable Long unitId) {
			Channel chosen = java.util.Arrays.stream(Channel.values()).filter(c -> c.name().equals(channel)).findFirst()
				.orElse(Channel.WEB);
			return new NewFeedback(category, description, unitId, null, null, contactName, contactPhone,
					Boolean.TRUE.equals(consent), chosen, Boolean.TRUE.equals(published));
		}
	}

	/** An answer to send. */
	record AnswerBody(@Nullable String answer) {
	}

	/** Where an item goes next, and why. */
	record RerouteBody(@Nullable String agency, @Nullable String reason) {
	}

	@GetMapping
	@Operation(summary = "The caller's inbox: an agency's items, or everything raised under an officer's unit; "
			+ "all=true includes answered and closed ones")
	List<FeedbackItem> inbox(@RequestParam(defaultValue = "false") boolean all) {
		return feedbacks.inbox(!all);
	}

	@PostMapping
	@Operation(summary = "Write down a call to the 1022 hotline (channel HOTLINE) or what a resident raised on a visit "
			+ "(VISIT), for a hamlet or commune in the caller's scope; routed and timed like any item")
	ResponseEntity<PublicFeedback> record(@RequestBody RecordBody body) {
		PublicFeedback recorded;
		try {
			recorded = feedbacks.record(body.toNewFeedback(territory.idOf(body.unit())));
		}
		catch (InvalidInput e) {
			throw body.unit().inRequestTerms(e);
		}
		return ResponseEntity.created(URI.create("/open311/v2/requests/" + recorded.reference() + ".json")).body(recorded);
	}

	@GetMapping("/{id}")
	FeedbackItem item(@PathVariable UUID id) {
		return feedbacks.item(id);
	}

	@GetMapping("/{id}/history")
	@Operation(summary = "Who did what to the item, oldest first")
	List<FeedbackEvent> history(@PathVariable UUID id) {
		return feedbacks.history(id);
	}

	@PostMapping("/{id}/accept")
	@Operation(summary = "The agency takes the item on")
	FeedbackItem accept(@PathVariable UUID id) {
		return feedbacks.accept(id);
	}

	@PostMapping("/{id}/answer")
	@Operation(summary = "The agency answers; the citizen sees the answer by the reference number")
	FeedbackItem answer(@PathVariable UUID id, @RequestBody AnswerBody body) {
		return feedbacks.answer(id, body.answer());
	}

	@PostMapping("/{id}/reroute")
	@Operation(summary = "Send the item to another agency (the current agency or the province), with a reason")
	FeedbackItem reroute(@PathVariable UUID id, @RequestBody RerouteBody body) {
		return feedbacks.reroute(id, body.agency(), body.reason());
	}
}
