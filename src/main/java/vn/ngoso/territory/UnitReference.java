package vn.ngoso.territory;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.ngoso.platform.InvalidInput;

/**
 * How an API request names a unit: by its official code, in the tree in force on {@code at}
 * (today when absent), or by the internal id, which is deprecated (codes are what people and other
 * systems know; ids are ours). Codes are reused after the 2025 reorganisation, hence the date.
 * Both may be given when they name the same unit.
 *
 * @param codeField what the request calls the code ({@code unit} in a query, {@code unitCode} in a body)
 * @param idField what the request calls the id ({@code unitId})
 * @param inBody whether a unit it cannot find is a wrong field of a body (400), not a missing thing (404)
 */
public record UnitReference(String codeField, String idField, boolean inBody, @Nullable String code,
		@Nullable LocalDate at, @Nullable Long id) {

	/** The OpenAPI description of a deprecated {@code unitId} query parameter. */
	public static final String DEPRECATED_ID = "deprecated: use unit (the official code); accepted until the next release";

	/** The OpenAPI description of a deprecated {@code unitId} in a request body. */
	public static final String DEPRECATED_BODY_ID = "deprecated: use unitCode (the official code); accepted until the next release";

	/** The OpenAPI description of the {@code unit} query parameter. */
	public static final String CODE = "the unit's official code (e.g. 27781), in the tree in force on at";

	/** The OpenAPI description of the {@code at} query parameter. */
	public static final String AT = "the day whose tree the code is read in (YYYY-MM-DD; default today): codes were reused after 2025";

	/** {@code ?unit=<code>&at=<date>}, or the deprecated {@code ?unitId=<id>}. */
	public static UnitReference query(@Nullable String unit, @Nullable LocalDate at, @Nullable Long unitId) {
		return new UnitReference("unit", "unitId", false, blankToNull(unit), at, unitId);
	}

	/** {@code "unitCode"} in a request body (the tree in force today), or the deprecated {@code "unitId"}. */
	public static UnitReference body(@Nullable String unitCode, @Nullable Long unitId) {
		return body("unitCode", "unitId", unitCode, unitId);
	}

	/** A code and an id in a request body whose fields have other names (a partner's {@code unitCodes}). */
	public static UnitReference body(String codeField, String idField, @Nullable String code, @Nullable Long id) {
		return new UnitReference(codeField, idField, true, blankToNull(code), null, id);
	}

	/** Neither a code nor an id. */
	public boolean isEmpty() {
		return code == null && id == null;
	}

	/**
	 * A module's refusal as the client should read it: the module speaks of {@code unitId}; a client
	 * is told about the code's field, unless it sent the deprecated id alone.
	 */
	public InvalidInput inRequestTerms(InvalidInput e) {
		if (code == null && id != null) {
			return e;
		}
		return new InvalidInput(e.errors().stream()
			.map(err -> err.field().equals("unitId") ? new InvalidInput.FieldError(codeField, err.messageKey(), err.args())
					: err)
			.toList());
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
