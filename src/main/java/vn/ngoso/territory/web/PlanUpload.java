package vn.ngoso.territory.web;

import java.io.IOException;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;
import vn.ngoso.territory.ReorganisationPlan;
import vn.ngoso.territory.ShippedPlan;
import vn.ngoso.platform.web.DateText;

/** A plan from uploaded files; a file left out is the shipped one. A date that cannot be read is none. */
final class PlanUpload {

	static final long MAX_FILE_BYTES = 2_000_000;

	private PlanUpload() {
	}

	static ReorganisationPlan of(@Nullable MultipartFile units, @Nullable MultipartFile mapping,
			@Nullable MultipartFile hamlets, @Nullable String effective) throws IOException {
		return ShippedPlan.withDefaults(bytes(units), bytes(mapping), bytes(hamlets), date(effective));
	}

	private static byte @Nullable [] bytes(@Nullable MultipartFile file) throws IOException {
		if (file == null || file.isEmpty()) {
			return null;
		}
		return file.getInputStream().readNBytes((int) MAX_FILE_BYTES);
	}

	/** The effective day as typed (dd/MM/yyyy or ISO); null, meaning the plan's own, when blank or unreadable. */
	static @Nullable LocalDate date(@Nullable String text) {
		try {
			return DateText.day(text);
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}
}
