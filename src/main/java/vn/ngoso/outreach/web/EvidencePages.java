package vn.ngoso.outreach.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ngoso.households.Households;
import vn.ngoso.outreach.Evidence;
import vn.ngoso.outreach.VisitEvidence;
import vn.ngoso.outreach.Visits;
import vn.ngoso.platform.InvalidInput;

/**
 * A household's visits with their photos: anyone who may record a visit adds a photo here, online
 * (never through the phone's offline queue); only officers open the photos, one audited view each.
 */
@Controller
class EvidencePages {

	private final VisitEvidence evidence;

	private final Visits visits;

	private final Households households;

	private final PhotoUploads photos;

	EvidencePages(VisitEvidence evidence, Visits visits, Households households, PhotoUploads photos) {
		this.evidence = evidence;
		this.visits = visits;
		this.households = households;
		this.photos = photos;
	}

	@GetMapping("/households/{id}/evidence")
	String page(@PathVariable UUID id, Model model) {
		return page(id, null, null, model);
	}

	@PostMapping("/households/{id}/visits/{visitId}/evidence")
	String attach(@PathVariable UUID id, @PathVariable UUID visitId, @RequestParam(required = false) MultipartFile photo,
			@RequestParam(required = false) String photoKind, Model model, RedirectAttributes redirect) {
		try {
			if (photo == null || photo.isEmpty()) {
				throw InvalidInput.of("photo", "evidence.photo.required");
			}
			evidence.attach(id, visitId, photos.read(photo, photoKind));
			redirect.addFlashAttribute("flash", "evidence.attached");
			return "redirect:/households/" + id + "/evidence";
		}
		catch (InvalidInput e) {
			return page(id, visitId, e, model);
		}
	}

	/** The photo itself: kept by no cache on the way (personal data), and each view audited. */
	@GetMapping("/evidence/{id}")
	ResponseEntity<byte[]> image(@PathVariable UUID id) {
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_JPEG)
			.cacheControl(CacheControl.noStore().cachePrivate())
			.header("Content-Disposition", "inline")
			.body(evidence.image(id));
	}

	private String page(UUID id, @Nullable UUID failedVisit, @Nullable InvalidInput errors, Model model) {
		var detail = households.household(id);
		List<Evidence> all = evidence.ofHousehold(id);
		Map<UUID, List<Evidence>> byVisit = all.stream().collect(Collectors.groupingBy(Evidence::visitId));
		model.addAttribute("detail", detail);
		model.addAttribute("visits", visits.ofHousehold(id));
		model.addAttribute("photosByVisit", byVisit);
		model.addAttribute("canView", evidence.canView());
		model.addAttribute("evidenceKinds", Evidence.Kind.values());
		model.addAttribute("photoMaxMb", evidence.maxMegabytes());
		model.addAttribute("failedVisit", failedVisit);
		model.addAttribute("errors", errors == null ? null : errors.errors());
		return "outreach/evidence";
	}
}
