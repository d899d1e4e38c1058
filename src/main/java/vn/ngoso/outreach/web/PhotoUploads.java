package vn.ngoso.outreach.web;

import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import vn.ngoso.outreach.Evidence;
import vn.ngoso.outreach.VisitEvidence;
import vn.ngoso.platform.InvalidInput;

/** A photo field of a form, read into a checked photo or refused with a message for the field. */
@Component
class PhotoUploads {

	private final VisitEvidence evidence;

	PhotoUploads(VisitEvidence evidence) {
		this.evidence = evidence;
	}

	VisitEvidence.Photo read(MultipartFile upload, @Nullable String kind) {
		Evidence.Kind chosen = kind(kind);
		try {
			return evidence.read(chosen, upload.getSize(), upload.getInputStream());
		}
		catch (IOException e) {
			throw InvalidInput.of("photo", "evidence.photo.unreadable");
		}
	}

	private static Evidence.Kind kind(@Nullable String kind) {
		try {
			return Evidence.Kind.valueOf(kind == null ? "" : kind);
		}
		catch (IllegalArgumentException e) {
			throw InvalidInput.of("photoKind", "evidence.kind.required");
		}
	}
}
