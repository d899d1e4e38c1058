package vn.ngoso.outreach;

import java.time.LocalDate;

/** A support day as the public sees it: when, which kind of desk, where; no one's name. */
public record PublicDeskDay(LocalDate date, DeskKind desk, String unitName) {
}
