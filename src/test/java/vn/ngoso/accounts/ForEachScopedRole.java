package vn.ngoso.accounts;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs a test once for each scoped demo account: {@code xa} (COMMUNE), {@code huyen} (DISTRICT),
 * {@code totruong} (TEAM_LEADER) and {@code thanhvien} (MEMBER). Keep in step with
 * {@link ScopeFixture#SCOPED_USERS}.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedTest(name = "as {0}")
@ValueSource(strings = { "xa", "huyen", "totruong", "thanhvien" })
@interface ForEachScopedRole {
}
