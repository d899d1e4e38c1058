package vn.ngoso.partners.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.ngoso.partners.Partner;
import vn.ngoso.partners.PartnerInput;
import vn.ngoso.partners.PartnerKind;
import vn.ngoso.partners.SupportInput;
import vn.ngoso.partners.SupportKind;
import vn.ngoso.outreach.OutreachSessions;
import vn.ngoso.outreach.ServiceDeskDays;
import vn.ngoso.platform.InvalidInput;
import vn.ngoso.platform.InvalidInput.FieldError;
import vn.ngoso.platform.NotFound;
import vn.ngoso.platform.PhoneNumber;
import vn.ngoso.platform.SearchText;
import vn.ngoso.territory.AdminUnit;
import vn.ngoso.territory.Territory;

/** The rules for partners and their support entries, each broken one named by its field. */
@Component
public class PartnerRules {

	static final int MAX_QUANTITY = 100_000;

	private final Territory territory;

	private final OutreachSessions sessions;

	private final ServiceDeskDays deskDays;

	private final Clock clock;

	PartnerRules(Territory territory, OutreachSessions sessions, ServiceDeskDays deskDays, Clock clock) {
		this.territory = territory;
		this.sessions = sessions;
		this.deskDays = deskDays;
		this.clock = clock;
	}

	public record ValidPartner(String name, PartnerKind kind, @Nullable String contactName, @Nullable String contactPhone,
			@Nullable String contactEmail, List<AdminUnit> units) {
	}

	public record ValidSupport(UUID id, SupportKind kind, LocalDate date, AdminUnit unit, int quantity,
			@Nullable UUID sessionId, @Nullable UUID deskDayId, @Nullable String note) {
	}

	public ValidPartner check(PartnerInput in) {
		List<FieldError> errors = new ArrayList<>();
		String name = in.name() == null ? "" : SearchText.clean(in.name());
		if (name.isEmpty() || name.length() > 200) {
			errors.add(new FieldError("name", "partner.name.required"));
		}
		PartnerKind kind = parse(PartnerKind.class, in.kind());
		if (kind == null) {
			errors.add(new FieldError("kind", "partner.kind.unknown", in.kind() == null ? "" : SearchText.clean(in.kind())));
		}
		String phone = null;
		if (in.contactPhone() != null && !in.contactPhone().isBlank()) {
			phone = PhoneNumber.normalize(in.contactPhone()).orElse(null);
			if (phone == null) {
				errors.add(new FieldError("contactPhone", "partner.contactPhone.invalid"));
			}
		}
		String email = blankToNull(in.contactEmail());
		if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			errors.add(new FieldError("contactEmail", "partner.contactEmail.invalid"));
		}
		List<AdminUnit> units = new ArrayList<>();
		for (Long id : new LinkedHashSet<>(in.unitIds() == null ? List.<Long>of() : in.unitIds())) {
			try {
				units.add(territory.get(id));
			}
			catch (NotFound | NullPointerException e) {
				errors.add(new FieldError("unitIds", "partner.units.unknown"));
				break;
			}
		}
		if (units.isEmpty() && errors.stream().noneMatch(e -> e.field().equals("unitIds"))) {
			errors.add(new FieldError("unitIds", "partner.units.required"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		return new ValidPartner(name, kind, blankToNull(in.contactName()), phone, email, units);
	}

	/** A support entry in a unit the partner covers and the caller may see. */
	public ValidSupport check(SupportInput in, Partner partner) {
		List<FieldError> errors = new ArrayList<>();
		SupportKind kind = parse(SupportKind.class, in.kind());
		if (kind == null) {
			errors.add(new FieldError("kind", "support.kind.unknown", in.kind() == null ? "" : SearchText.clean(in.kind())));
		}
		if (in.date() == null) {
			errors.add(new FieldError("date", "support.date.required"));
		}
		else if (in.date().isAfter(LocalDate.now(clock))) {
			errors.add(new FieldError("date", "support.date.future"));
		}
		if (in.quantity() == null) {
			errors.add(new FieldError("quantity", "support.quantity.required"));
		}
		else if (in.quantity() <= 0) {
			errors.add(new FieldError("quantity", "support.quantity.notPositive"));
		}
		else if (in.quantity() > MAX_QUANTITY) {
			errors.add(new FieldError("quantity", "support.quantity.tooLarge", MAX_QUANTITY));
		}
		AdminUnit unit = null;
		if (in.unitId() == null) {
			errors.add(new FieldError("unitId", "support.unit.required"));
		}
		else {
			try {
				unit = territory.get(in.unitId());
				String path = unit.path();
				if (partner.units().stream().noneMatch(u -> path.equals(u.path()) || path.startsWith(u.path() + "."))) {
					errors.add(new FieldError("unitId", "support.unit.notCovered"));
				}
			}
			catch (NotFound e) {
				errors.add(new FieldError("unitId", "support.unit.unknown"));
			}
		}
		if (in.sessionId() != null && !visible(() -> sessions.get(in.sessionId()))) {
			errors.add(new FieldError("sessionId", "support.session.unknown"));
		}
		if (in.deskDayId() != null && !visible(() -> deskDays.get(in.deskDayId()))) {
			errors.add(new FieldError("deskDayId", "support.deskDay.unknown"));
		}
		String note = blankToNull(in.note());
		if (note != null && note.length() > 1000) {
			errors.add(new FieldError("note", "support.note.tooLong"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		return new ValidSupport(in.id() == null ? UUID.randomUUID() : in.id(), kind, in.date(), unit, in.quantity(),
				in.sessionId(), in.deskDayId(), note);
	}

	/** Refuses (as not found) a session or desk day the caller may not see. */
	public void requireVisible(@Nullable UUID sessionId, @Nullable UUID deskDayId) {
		if (sessionId != null) {
			sessions.get(sessionId);
		}
		if (deskDayId != null) {
			deskDays.get(deskDayId);
		}
	}

	/** The outreach services answer "not found" for a record that does not exist or is out of scope alike. */
	private static boolean visible(Runnable read) {
		try {
			read.run();
			return true;
		}
		catch (NotFound e) {
			return false;
		}
	}

	private static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String text) {
		if (text == null) {
			return null;
		}
		return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equalsIgnoreCase(text.strip())).findFirst()
			.orElse(null);
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : SearchText.clean(text);
	}
}
