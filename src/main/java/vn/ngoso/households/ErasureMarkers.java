package vn.ngoso.households;

import java.util.UUID;
import org.springframework.stereotype.Service;
import vn.ngoso.households.internal.PersonalDataCipher;
import vn.ngoso.platform.SearchText;

/**
 * What stays of a resident who withdrew consent, so that an import does not bring them back: a
 * keyed hash (the citizen-ID hash key) of their household, folded name and birth year. Without
 * the key it cannot be turned back into the name; with it, only the same person in the same
 * household gives the same marker. The citizen ID's own hash ({@link CitizenIds#hash}) is the
 * other marker.
 */
@Service
public class ErasureMarkers {

	private final PersonalDataCipher cipher;

	ErasureMarkers(PersonalDataCipher cipher) {
		this.cipher = cipher;
	}

	/** The marker of a person of the household; the name is folded here (folding twice changes nothing). */
	public byte[] person(UUID householdId, String name, int birthYear) {
		// the prefix keeps it apart from any citizen ID's hash made with the same key
		return cipher.hash("erased-person|" + householdId + "|" + SearchText.fold(name) + "|" + birthYear);
	}
}
