package vn.ngoso.sync;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.ngoso.platform.InvalidInput;

/**
 * A record of a batch that could not be read: a value of the wrong type, or a text with a control
 * character (a NUL). It is refused with the field at fault, named as in the record's data
 * ({@code note}, not {@code visit.note}) like the refusals of the services.
 *
 * @param id the record's id when that much could be read
 */
public record UnreadableRecord(@Nullable UUID id, InvalidInput refusal) implements Sent {
}
