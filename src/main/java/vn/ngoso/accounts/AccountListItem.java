package vn.ngoso.accounts;

/** An account with the name of its scope unit, for the accounts page. */
public record AccountListItem(UserAccount account, String scopeName) {
}
