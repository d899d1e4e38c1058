package vn.ngoso.merchants.web;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.ngoso.merchants.MerchantFilter;
import vn.ngoso.merchants.MerchantKind;
import vn.ngoso.merchants.Merchants;
import vn.ngoso.merchants.PaymentMethod;
import vn.ngoso.territory.Territory;

/** The list of points by unit (filters by kind and method) and one point's page. */
@Controller
@RequestMapping("/merchants")
class MerchantPages {

	static final int PAGE_SIZE = 50;

	private final Merchants merchants;

	private final Territory territory;

	MerchantPages(Merchants merchants, Territory territory) {
		this.merchants = merchants;
		this.territory = territory;
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable Long unitId,
			@RequestParam(required = false) @Nullable MerchantKind kind,
			@RequestParam(required = false) @Nullable PaymentMethod method,
			@RequestParam(required = false) @Nullable String q, @RequestParam(defaultValue = "0") int page,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
		var filter = new MerchantFilter(unitId, kind, method, q);
		model.addAttribute("filter", filter);
		model.addAttribute("page", merchants.list(filter, Math.max(0, page), PAGE_SIZE));
		if (htmx != null) {
			return "merchants/fragments/merchant-table :: table";
		}
		model.addAttribute("unitOptions", territory.filterOptions());
		model.addAttribute("kinds", MerchantKind.values());
		model.addAttribute("methods", PaymentMethod.values());
		model.addAttribute("canEdit", merchants.canEdit());
		return "merchants/list";
	}

	@GetMapping("/{id}")
	String merchant(@PathVariable UUID id, Model model) {
		model.addAttribute("m", merchants.get(id));
		model.addAttribute("canEdit", merchants.canEdit());
		return "merchants/merchant";
	}
}
