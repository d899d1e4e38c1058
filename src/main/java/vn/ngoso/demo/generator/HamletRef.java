package vn.ngoso.demo.generator;

import java.util.List;

/**
 * A hamlet the generator fills: where its households go in the tree and which members of its
 * team can be named on visits (none: the hamlet has no team yet, so nobody visits it).
 *
 * @param code {@code 27781-003}: the commune code, a dash, the hamlet's number in its commune
 */
public record HamletRef(long id, String code, String name, long communeId, String communeCode, String path,
		String provinceCode, boolean urban, List<Long> memberIds) {

	public boolean hasTeam() {
		return !memberIds.isEmpty();
	}

	/** The part of the code after the commune's: {@code 003}. */
	String number() {
		int dash = code.lastIndexOf('-');
		return dash < 0 ? code : code.substring(dash + 1);
	}
}
