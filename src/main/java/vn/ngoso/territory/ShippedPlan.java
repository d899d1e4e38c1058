package vn.ngoso.territory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;

/**
 * The plan that ships with the platform: the Tây Ninh list in force from 1 July 2025, Long An's
 * old commune → new commune mapping (both from the statistics office, see
 * {@code official-lists/SOURCES.md}), and the demo's own hamlets of split communes (hamlets are
 * entered locally, so a real province brings its own file).
 */
public final class ShippedPlan {

	public static final LocalDate EFFECTIVE = LocalDate.of(2025, 7, 1);

	public static final String UNITS = "official-lists/tay-ninh-2025.csv";

	public static final String MAPPING = "official-lists/long-an-2025-mapping.csv";

	public static final String DEMO_HAMLETS = "demo/long-an-2025-hamlets.csv";

	private ShippedPlan() {
	}

	public static ReorganisationPlan longAnToTayNinh() {
		return withDefaults(null, null, null, EFFECTIVE);
	}

	/** The given files, each missing one taken from the shipped plan. */
	public static ReorganisationPlan withDefaults(byte @Nullable [] units, byte @Nullable [] mapping,
			byte @Nullable [] hamlets, @Nullable LocalDate effective) {
		return new ReorganisationPlan(units != null ? units : read(UNITS), mapping != null ? mapping : read(MAPPING),
				hamlets != null ? hamlets : read(DEMO_HAMLETS), effective);
	}

	public static byte[] read(String resource) {
		ClassPathResource file = new ClassPathResource(resource);
		if (!file.exists()) {
			return new byte[0];
		}
		try (InputStream in = file.getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
