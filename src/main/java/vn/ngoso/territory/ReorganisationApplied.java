package vn.ngoso.territory;

import java.util.List;

/**
 * A reorganisation applied: its id, what the preview showed, and what needs an administrator
 * (users whose unit closed without one successor).
 *
 * @param codesPrefixed records whose code would have been taken twice in their new commune and
 *        now starts with their old commune's code
 */
public record ReorganisationApplied(long id, ReorganisationPreview preview, List<String> notes, int codesPrefixed) {
}
