package vn.ngoso.households.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.ngoso.households.CitizenId;
import vn.ngoso.households.ReadinessItem;
import vn.ngoso.households.ReadinessMark;
import vn.ngoso.households.Resident;
import vn.ngoso.households.internal.HouseholdRepository.StoredResident;
import vn.ngoso.platform.Ages;
import vn.ngoso.platform.PhoneNumber;

/** A stored resident as a caller may see them: citizen ID always masked, phone masked when asked. */
@Component
public class ResidentViews {

	private final PersonalDataCipher cipher;

	private final Clock clock;

	ResidentViews(PersonalDataCipher cipher, Clock clock) {
		this.cipher = cipher;
		this.clock = clock;
	}

	public Resident view(StoredResident r, Map<ReadinessItem, ReadinessMark> profile, boolean maskPhone) {
		LocalDate today = LocalDate.now(clock);
		int age = Ages.ageOn(r.birthDate(), r.birthYear(), today);
		String phone = r.phone() == null ? null : maskPhone ? PhoneNumber.mask(r.phone()) : r.phone();
		String cccd = r.cccdCipher() == null ? null : CitizenId.mask(cipher.decrypt(r.cccdCipher()));
		return new Resident(r.id(), r.householdId(), r.fullName(), r.birthDate(), r.birthYear(), r.sex(), r.relation(),
				phone, cccd, r.consentAt(), r.consentMethod(), r.consentBy(), r.erased(), age, profile,
				r.consentAt() == null ? null : LocalDate.ofInstant(r.consentAt(), clock.getZone()));
	}
}
