package vn.ngoso.households.web;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ngoso.households.ConsentMethod;
import vn.ngoso.households.Household;
import vn.ngoso.households.Households;
import vn.ngoso.households.NewHousehold;
import vn.ngoso.households.NewResident;
import vn.ngoso.households.Relation;
import vn.ngoso.platform.InvalidInput;
import vn.ngoso.platform.web.BindingErrors;
import vn.ngoso.platform.web.DateText;
import vn.ngoso.teams.Sex;
import vn.ngoso.territory.Territory;

/** Forms to register a household and add its residents one by one (the import does it in bulk). */
@Controller
class HouseholdForms {

	private final Households households;

	private final Territory territory;

	HouseholdForms(Households households, Territory territory) {
		this.households = households;
		this.territory = territory;
	}

	@GetMapping("/households/new")
	String newHousehold(@RequestParam(required = false) Long unitId, Model model) {
		return householdForm(unitId, "", "", null, null, model);
	}

	@PostMapping("/households")
	String create(@RequestParam(required = false) Long unitId, @RequestParam(defaultValue = "") String code,
			@RequestParam(defaultValue = "") String address, @RequestParam(defaultValue = "") String registeredOn,
			Model model, RedirectAttributes redirect) {
		LocalDate registered;
		try {
			registered = DateText.day("registeredOn", registeredOn);
		}
		catch (InvalidInput e) {
			return householdForm(unitId, code, address, registeredOn, e, model);
		}
		try {
			Household created = households.create(new NewHousehold(unitId, code, address, registered));
			redirect.addFlashAttribute("flash", "household.created");
			return "redirect:/households/" + created.id() + "/residents/new";
		}
		catch (InvalidInput e) {
			return householdForm(unitId, code, address, registeredOn, e, model);
		}
	}

	@GetMapping("/households/{id}/residents/new")
	String newResident(@PathVariable UUID id, Model model) {
		// the first person entered is usually the head; after that most are the head's children
		ResidentForm form = new ResidentForm();
		boolean hasHead = households.household(id).residents().stream().anyMatch(r -> r.relation() == Relation.HEAD);
		form.setRelation(hasHead ? Relation.CHILD : Relation.HEAD);
		return residentForm(id, form, null, model);
	}

	@PostMapping("/households/{id}/residents")
	String addResident(@PathVariable UUID id, @ModelAttribute("form") ResidentForm form, BindingResult binding,
			@RequestParam(defaultValue = "false") boolean another, Model model, RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			return residentForm(id, form, BindingErrors.of(binding, "resident.field.invalid"), model);
		}
		try {
			households.addResident(id, form.toNewResident());
			redirect.addFlashAttribute("flash", "resident.added");
			redirect.addFlashAttribute("flashArg", form.getFullName());
			return another ? "redirect:/households/" + id + "/residents/new" : "redirect:/households/" + id;
		}
		catch (InvalidInput e) {
			return residentForm(id, form, e, model);
		}
	}

	private String householdForm(Long unitId, String code, String address, String registeredOn, InvalidInput errors,
			Model model) {
		model.addAttribute("unitId", unitId);
		model.addAttribute("registeredOn", registeredOn == null ? households.today().toString() : registeredOn);
		model.addAttribute("today", households.today());
		model.addAttribute("code", code);
		model.addAttribute("address", address);
		model.addAttribute("errors", errors == null ? java.util.Map.of() : errors.firstKeyByField());
		model.addAttribute("hamlets", territory.hamletOptions());
		return "households/household-form";
	}

	private String residentForm(UUID id, ResidentForm form, InvalidInput errors, Model model) {
		model.addAttribute("household", households.get(id));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors == null ? java.util.Map.of() : errors.firstKeyByField());
		model.addAttribute("sexes", Sex.values());
		model.addAttribute("relations", Relation.values());
		model.addAttribute("consentMethods", ConsentMethod.values());
		return "households/resident-form";
	}

	/** The resident form; only these fields are bound. */
	public static class ResidentForm {

		private String fullName;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate birthDate;

		private Integer birthYear;

		private Sex sex;

		private Relation relation;

		private String phone;

		private String cccd;

		private ConsentMethod consentMethod;

		NewResident toNewResident() {
			return new NewResident(fullName, birthDate, birthYear, sex, relation, phone, cccd, consentMethod);
		}

		public String getFullName() {
			return fullName;
		}

		public void setFullName(String fullName) {
			this.fullName = fullName;
		}

		public LocalDate getBirthDate() {
			return birthDate;
		}

		public void setBirthDate(LocalDate birthDate) {
			this.birthDate = birthDate;
		}

		public Integer getBirthYear() {
			return birthYear;
		}

		public void setBirthYear(Integer birthYear) {
			this.birthYear = birthYear;
		}

		public Sex getSex() {
			return sex;
		}

		public void setSex(Sex sex) {
			this.sex = sex;
		}

		public Relation getRelation() {
			return relation;
		}

		public void setRelation(Relation relation) {
			this.relation = relation;
		}

		public String getPhone() {
			return phone;
		}

		public void setPhone(String phone) {
			this.phone = phone;
		}

		public String getCccd() {
			return cccd;
		}

		public void setCccd(String cccd) {
			this.cccd = cccd;
		}

		public ConsentMethod getConsentMethod() {
			return consentMethod;
		}

		public void setConsentMethod(ConsentMethod consentMethod) {
			this.consentMethod = consentMethod;
		}
	}
}
