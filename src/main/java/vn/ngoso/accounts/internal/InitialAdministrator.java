package vn.ngoso.accounts.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.ngoso.accounts.Accounts;
import vn.ngoso.accounts.NewUser;
import vn.ngoso.platform.Role;

/**
 * The first administrator of a database without demo data: created once, as {@code admin}, when
 * no account exists yet and {@code ngoso.admin.password} (environment {@code NGOSO_ADMIN_PASSWORD})
 * is given. There is no default password: without one, nobody can sign in until it is set. Once any
 * account exists the setting is ignored, so a restart never resets a password. Runs after the demo
 * data, which brings its own administrator.
 */
@Component
@Order(50)
class InitialAdministrator implements ApplicationRunner {

	static final String USERNAME = "admin";

	static final int MIN_LENGTH = 12;

	private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);

	private final JdbcClient jdbc;

	private final Accounts accounts;

	private final String password;

	InitialAdministrator(JdbcClient jdbc, Accounts accounts, @Value("${ngoso.admin.password:}") String password) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.password = password;
	}

	@Override
	public void run(ApplicationArguments args) {
		boolean noAccount = jdbc.sql("select not exists(select 1 from app_user)").query(Boolean.class).single();
		if (!noAccount) {
			return;
		}
		if (password.isBlank()) {
			log.warn("No account exists yet: set NGOSO_ADMIN_PASSWORD (at least {} characters) and restart to create"
					+ " the administrator '{}'", MIN_LENGTH, USERNAME);
			return;
		}
		if (password.strip().length() < MIN_LENGTH) {
			throw new IllegalStateException("NGOSO_ADMIN_PASSWORD must have at least " + MIN_LENGTH + " characters");
		}
		accounts.create(new NewUser(USERNAME, password, "Quản trị hệ thống", Role.ADMIN, null, null, null));
		log.info("Created the administrator '{}' from NGOSO_ADMIN_PASSWORD; it is ignored from now on", USERNAME);
	}
}
