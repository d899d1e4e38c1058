package vn.ngoso.demo.generator;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A hamlet the generator fills: where its households go in the tree and which members of its
 * team can be named on visits (none: the hamlet has no team yet, so nobody visits it).
 *
 * @param teamId the hamlet's team, which its visits are made by; null when it has none
 * @param code {@code 27781-003}: the commune code, a dash, the hamlet's number in its commune
 */
public record HamletRef(long id, String code, String name, long communeId, String communeCode, String path,
		String provinceCode, boolean urban, List<Long> memberIds, @Nullable Long teamId) {

	public boolean hasTeam() {
		return !memberIds.isEmpty();
	}

	/** The part of the code after the commune's: {@code 003}. */
	String number() {
		int dash = code.lastIndexOf('-');
		return dash < 0 ? code : code.substring(dash + 1);
	}
}
