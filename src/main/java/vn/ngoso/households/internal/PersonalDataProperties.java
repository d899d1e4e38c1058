package vn.ngoso.households.internal;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Keys for personal data, from configuration (environment variables in production), never from
 * the database: a copy of the database alone reveals no citizen ID.
 *
 * @param key base64 of 32 bytes, AES-256-GCM key for citizen IDs
 * @param hashKey base64 of at least 32 bytes, HMAC-SHA256 key to find a citizen ID
 */
@Validated
@ConfigurationProperties("ngoso.personal-data")
public record PersonalDataProperties(@NotBlank String key, @NotBlank String hashKey) {
}
