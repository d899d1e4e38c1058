package vn.ngoso.verification;

import java.time.LocalDate;

/** One computation of the flags over the days {@code from}..{@code to}: how many it left standing. */
public record FlagRun(LocalDate from, LocalDate to, int flags) {
}
