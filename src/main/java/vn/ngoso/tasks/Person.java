package vn.ngoso.tasks;

/** An account that may be named accountable for a task. */
public record Person(String username, String displayName) {
}
