package vn.ngoso.sync.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import tools.jackson.databind.json.JsonMapper;
import vn.ngoso.households.ConsentMethod;
import vn.ngoso.households.ProvincialApps;
import vn.ngoso.households.ReadinessItem;
import vn.ngoso.households.Relation;
import vn.ngoso.platform.CurrentScope;
import vn.ngoso.platform.Scope;
import vn.ngoso.teams.Sex;
import vn.ngoso.territory.Territory;

/**
 * The field app's shell: the page the service worker keeps and serves for "Hộ cần thăm", a
 * household, the visit form and the resident form when there is no network; js/field/pages.js draws
 * them from the copy on the phone. The forms are the online pages' own fragments, rendered here
 * empty into {@code <template>}s for the script to fill (docs/field-app.md). Also the page of
 * records waiting to be sent ({@code /sync}) and the name/phone edit form.
 */
@Controller
class FieldPages {

	/**
	 * Message keys the offline pages drawn by script use; {@code {0}}, {@code {1}} stay for the script
	 * to fill. The forms' labels are not here: they come with the forms' templates.
	 */
	private static final List<String> KEYS = List.of("households.toVisit", "households.toVisit.help",
			"households.toVisit.visit", "households.toVisit.more", "households.covered", "households.notCovered",
			"households.neverVisited", "households.visitedOn", "households.residentsCount", "households.recordVisit",
			"households.addResident", "households.age", "households.under15", "households.phone", "households.cccd",
			"households.erased", "households.code", "households.lastVisit", "households.consent.none", "visits.title",
			"common.none", "common.fixErrors", "field.offline", "field.queued", "field.queuedNone", "field.send",
			"field.sending", "field.sent", "field.refused", "field.signIn", "field.savedOnPhone", "field.ready",
			"field.title", "field.queue", "field.results", "field.status.applied", "field.status.duplicate",
			"field.status.rejected", "field.kind.visit", "field.kind.resident", "field.kind.resident-edit",
			"field.pending", "field.needsNetwork", "field.notLoaded", "field.noData", "field.lastSync",
			"field.offlineNote", "field.visitsPending", "field.items", "visit.recorded", "visit.duplicate",
			"resident.added", "field.edit", "field.edit.short", "field.edited", "field.tasks", "field.tasks.due",
			"field.tasks.progress", "field.tasks.overdue", "date.invalid");

	/** What the offline "Hộ cần thăm" adds: the head's name, its search, filters and pages. */
	private static final List<String> TO_VISIT_KEYS = List.of("households.noHead", "households.toVisit.search",
			"households.toVisit.hamlet", "households.toVisit.allHamlets", "households.toVisit.notCovered",
			"households.toVisit.neverVisited", "households.toVisit.find", "households.toVisit.count",
			"households.toVisit.noMatch", "households.toVisit.clear", "common.page", "common.previous", "common.next");

	private final MessageSource messages;

	private final CurrentScope currentScope;

	private final Territory territory;

	private final ProvincialApps apps;

	private final JsonMapper json;

	FieldPages(MessageSource messages, CurrentScope currentScope, Territory territory, ProvincialApps apps,
			JsonMapper json) {
		this.messages = messages;
		this.currentScope = currentScope;
		this.territory = territory;
		this.apps = apps;
		this.json = json;
	}

	/** The edit form exists only in the shell: the phone draws it, online or not, and queues the edit. */
	@GetMapping({ "/offline", "/sync", "/households/{household}/residents/{resident}/edit" })
	String shell(Model model) {
		String app = appName();
		model.addAttribute("fieldText", json.writeValueAsString(texts(app)).replace("</", "<\\/"));
		// what the online forms, rendered empty into the shell, ask of the model
		model.addAttribute("items", ReadinessItem.values());
		model.addAttribute("appName", app);
		model.addAttribute("sexes", Sex.values());
		model.addAttribute("relations", Relation.values());
		model.addAttribute("consentMethods", ConsentMethod.values());
		// the new-resident form binds its fields (th:field) to a form object: here an empty one
		Map<String, Object> form = new HashMap<>();
		model.addAttribute("form", form);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", new MapBindingResult(form, "form"));
		return "sync/shell";
	}

	private Map<String, String> texts(String app) {
		var locale = LocaleContextHolder.getLocale();
		Map<String, String> texts = new LinkedHashMap<>();
		Object[] placeholders = { "{0}", "{1}" };
		for (String key : KEYS) {
			texts.put(key, messages.getMessage(key, placeholders, key, locale));
		}
		for (String key : TO_VISIT_KEYS) {
			texts.put(key, messages.getMessage(key, placeholders, key, locale));
		}
		for (ReadinessItem item : ReadinessItem.values()) {
			texts.put("readiness." + item, messages.getMessage("readiness." + item, new Object[] { app }, locale));
		}
		List<String> enums = new ArrayList<>();
		for (Relation r : Relation.values()) {
			enums.add("relation." + r);
		}
		for (Sex s : Sex.values()) {
			enums.add("sex." + s);
		}
		enums.forEach(key -> texts.put(key, messages.getMessage(key, null, key, locale)));
		return texts;
	}

	private String appName() {
		Scope s = currentScope.get();
		return s.unitId() == null ? "" : territory.lookupIgnoringScope(s.unitId())
			.map(u -> apps.nameFor(u.provinceCode())).orElse("");
	}
}
