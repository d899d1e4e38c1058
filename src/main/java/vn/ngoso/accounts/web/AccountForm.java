package vn.ngoso.accounts.web;

import vn.ngoso.accounts.AccountRequest;
import vn.ngoso.platform.Role;

/** The new-account form; only these fields are bound. */
public class AccountForm {

	private String username;

	private String password;

	private String displayName;

	private Role role;

	private String unitCode;

	private String memberPhone;

	AccountRequest toRequest() {
		return new AccountRequest(username, password, displayName, role, unitCode, memberPhone);
	}

	public String getUsername() {
		return username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public String getDisplayName() {
		return displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public Role getRole() {
		return role;
	}

	public void setRole(Role role) {
		this.role = role;
	}

	public String getUnitCode() {
		return unitCode;
	}

	public void setUnitCode(String unitCode) {
		this.unitCode = unitCode;
	}

	public String getMemberPhone() {
		return memberPhone;
	}

	public void setMemberPhone(String memberPhone) {
		this.memberPhone = memberPhone;
	}
}
