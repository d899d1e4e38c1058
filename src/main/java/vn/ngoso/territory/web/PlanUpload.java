package vn.ngoso.territory.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;
import vn.ngoso.territory.ReorganisationPlan;
import vn.ngoso.territory.ShippedPlan;

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

	static @Nullable LocalDate date(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException e) {
			try {
				return LocalDate.parse(text.strip(), java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
			}
			catch (DateTimeParseException again) {
				return null;
			}
		}
	}
}
