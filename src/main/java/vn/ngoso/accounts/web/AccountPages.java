package vn.ngoso.accounts.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ngoso.platform.web.FormErrors;
import vn.ngoso.accounts.Accounts;
import vn.ngoso.accounts.UserAccount;
import vn.ngoso.platform.InvalidInput;
import java.util.List;
import vn.ngoso.territory.AdminUnit;
import vn.ngoso.territory.Territory;

/** Officers create and disable the accounts of people in their subtree. */
@Controller
@RequestMapping("/users")
class AccountPages {

	private static final int UNIT_CHOICES = 3000;

	private final Accounts accounts;

	private final Territory territory;

	AccountPages(Accounts accounts, Territory territory) {
		this.accounts = accounts;
		this.territory = territory;
	}

	@GetMapping
	String list(Model model) {
		return page(new AccountForm(), model);
	}

	@PostMapping
	String create(@ModelAttribute("form") AccountForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			return page(form, model);
		}
		try {
			UserAccount created = accounts.createForCaller(form.toRequest());
			redirect.addFlashAttribute("flash", "user.created");
			redirect.addFlashAttribute("flashArg", created.username());
			return "redirect:/users";
		}
		catch (InvalidInput e) {
			FormErrors.onForm(e, binding);
			return page(form, model);
		}
	}

	@PostMapping("/{id}/enabled")
	String setEnabled(@PathVariable long id, @RequestParam boolean enabled, RedirectAttributes redirect) {
		try {
			UserAccount account = accounts.setEnabled(id, enabled);
			redirect.addFlashAttribute("flash", enabled ? "user.enabled" : "user.disabled");
			redirect.addFlashAttribute("flashArg", account.username());
		}
		catch (InvalidInput e) {
			FormErrors.flash(e, redirect);
		}
		return "redirect:/users";
	}

	private String page(AccountForm form, Model model) {
		model.addAttribute("form", form);
		List<AdminUnit> units = territory.officeUnits(UNIT_CHOICES + 1);
		// past a few thousand units a select is no help: the officer types the code instead
		model.addAttribute("unitChoices", units.size() > UNIT_CHOICES ? null : UnitChoice.byLevel(units));
		model.addAttribute("accounts", accounts.accountsInScope());
		model.addAttribute("roles", accounts.assignableRoles());
		return "accounts/users";
	}
}
