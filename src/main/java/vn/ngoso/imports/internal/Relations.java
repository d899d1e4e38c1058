package vn.ngoso.imports.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.ngoso.households.Relation;
import vn.ngoso.platform.SearchText;

/**
 * The words a household register uses for the relation to the head. Matched ignoring case and
 * the spaces around a slash, but not diacritics: "Ba" (father, in the South) is not "Bà".
 */
final class Relations {

	private static final Map<String, Relation> WORDS = Map.ofEntries(
			Map.entry("chủ hộ", Relation.HEAD),
			Map.entry("vợ/chồng", Relation.SPOUSE), Map.entry("vợ", Relation.SPOUSE), Map.entry("chồng", Relation.SPOUSE),
			Map.entry("con", Relation.CHILD),
			Map.entry("cha/mẹ", Relation.PARENT), Map.entry("cha", Relation.PARENT), Map.entry("mẹ", Relation.PARENT),
			Map.entry("cháu", Relation.GRANDCHILD),
			Map.entry("ông/bà", Relation.GRANDPARENT), Map.entry("ông", Relation.GRANDPARENT),
			Map.entry("bà", Relation.GRANDPARENT),
			Map.entry("anh/chị/em", Relation.SIBLING), Map.entry("anh", Relation.SIBLING),
			Map.entry("chị", Relation.SIBLING), Map.entry("em", Relation.SIBLING),
			Map.entry("khác", Relation.OTHER));

	private static final Pattern SLASH = Pattern.compile("\\s*/\\s*");

	private Relations() {
	}

	static Optional<Relation> parse(String text) {
		String key = SearchText.clean(text).toLowerCase(Locale.ROOT);
		if (key.indexOf('/') >= 0) {
			key = SLASH.matcher(key).replaceAll("/");
		}
		return Optional.ofNullable(WORDS.get(key));
	}
}
