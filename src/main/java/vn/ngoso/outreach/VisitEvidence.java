package vn.ngoso.outreach;

import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ngoso.households.Households;
import vn.ngoso.outreach.internal.EvidenceFiles;
import vn.ngoso.outreach.internal.EvidenceImages;
import vn.ngoso.outreach.internal.EvidenceRepository;
import vn.ngoso.platform.CurrentScope;
import vn.ngoso.platform.NotFound;
import vn.ngoso.platform.Role;
import vn.ngoso.platform.Scope;
import vn.ngoso.platform.audit.Audited;

/**
 * Photos as a visit's evidence: optional, online only, kept as files outside the database rows.
 * Whoever may record a visit of the household may attach a photo to it; only officers (commune
 * and up, in their subtree) may look at photos, and each look is in the audit log. Members and
 * team leaders see how many photos a visit has, never the photos: a consent form carries a
 * resident's signature and ID, and a member has no need to browse others' papers.
 */
@Service
@Transactional(readOnly = true)
public class VisitEvidence {

	private final EvidenceRepository repository;

	private final EvidenceFiles files;

	private final EvidenceImages images;

	private final Visits visits;

	private final Households households;

	private final CurrentScope currentScope;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	VisitEvidence(EvidenceRepository repository, EvidenceFiles files, EvidenceImages images, Visits visits,
			Households households, CurrentScope currentScope, ApplicationEventPublisher events, Clock clock) {
		this.repository = repository;
		this.files = files;
		this.images = images;
		this.visits = visits;
		this.households = households;
		this.currentScope = currentScope;
		this.events = events;
		this.clock = clock;
	}

	/** An uploaded photo, checked and cleaned but not yet kept: made before anything is written. */
	public record Photo(Evidence.Kind kind, EvidenceImages.Cleaned image) {
	}

	/**
	 * Reads, checks and cleans a photo (size counted while reading, decoded, EXIF dropped).
	 *
	 * @param declaredSize the size the client stated, refused at once when over the limit
	 * @throws vn.ngoso.platform.InvalidInput with a message for the "photo" field
	 */
	public Photo read(Evidence.Kind kind, long declaredSize, InputStream upload) {
		if (declaredSize > images.maxBytes()) {
			throw EvidenceImages.tooLarge(images.maxBytes());
		}
		return new Photo(kind, images.clean(upload));
	}

	/** Records the visit and, if it is new, keeps its photo, in one transaction. */
	@Transactional
	public Visits.Recorded record(RecordVisit command, Photo photo) {
		Visits.Recorded recorded = visits.record(command);
		if (recorded.created()) {
			attach(command.householdId(), recorded.visit().id(), photo);
		}
		return recorded;
	}

	/** Keeps a photo of a visit of this household that the caller may see. */
	@Transactional
	public Evidence attach(@Nullable UUID householdId, UUID visitId, Photo photo) {
		Scope s = currentScope.get();
		if (!s.role().isOfficer() && s.role() != Role.TEAM_LEADER && s.role() != Role.MEMBER) {
			throw new NotFound("visit.notFound", visitId);
		}
		var place = placeInScope(householdId, visitId);
		Evidence evidence = new Evidence(UUID.randomUUID(), visitId, place.unitPath(), photo.kind(),
				photo.image().jpeg().length, photo.image().width(), photo.image().height(), s.username(), clock.instant());
		// the file first, deleted again if this transaction rolls back: never a row without its file
		files.write(evidence.id(), photo.image().jpeg());
		repository.insert(evidence);
		events.publishEvent(Audited.created("VISIT_EVIDENCE", evidence.id(), place.unitPath(),
				java.util.Map.of("visitId", visitId, "kind", photo.kind(), "bytes", evidence.bytes())));
		return evidence;
	}

	/** The upload limit in whole megabytes, for the forms to say. */
	public long maxMegabytes() {
		return images.maxBytes() / (1024 * 1024);
	}

	/** Whether the caller may look at photos (an officer); the others only see how many there are. */
	public boolean canView() {
		return currentScope.get().role().isOfficer();
	}

	/** The photos of a household's visits (their rows, not the images). */
	public List<Evidence> ofHousehold(UUID householdId) {
		households.get(householdId);
		return repository.ofHousehold(householdId);
	}

	/** The image of a photo, for an officer whose subtree holds the visit; the reading is audited. */
	@Transactional
	public byte[] image(UUID evidenceId) {
		Scope s = currentScope.get();
		Evidence evidence = repository.find(evidenceId)
			.filter(e -> s.role().isOfficer() && s.coversUnitPath(e.unitPath()))
			.filter(e -> files.exists(e.id()))
			.orElseThrow(() -> new NotFound("evidence.notFound", evidenceId));
		events.publishEvent(new Audited("VISIT_EVIDENCE", evidenceId.toString(), "READ_PHOTO", evidence.unitPath(),
				null, null));
		return files.read(evidenceId);
	}

	private EvidenceRepository.VisitPlace placeInScope(@Nullable UUID householdId, UUID visitId) {
		var place = repository.placeOf(visitId)
			.filter(p -> p.householdId().equals(householdId))
			.orElseThrow(() -> new NotFound("visit.notFound", visitId));
		// the household as the caller may see it: outside the scope (or the team's hamlets) it is not found
		households.get(place.householdId());
		if (!currentScope.get().coversUnitPath(place.unitPath())) {
			throw new NotFound("visit.notFound", visitId);
		}
		return place;
	}
}
