package vn.ngoso.merchants.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.ngoso.merchants.MerchantInput;
import vn.ngoso.merchants.MerchantKind;
import vn.ngoso.merchants.PaymentMethod;
import vn.ngoso.platform.InvalidInput;
import vn.ngoso.platform.InvalidInput.FieldError;
import vn.ngoso.platform.NotFound;
import vn.ngoso.platform.SearchText;
import vn.ngoso.teams.Teams;
import vn.ngoso.territory.AdminUnit;
import vn.ngoso.territory.Territory;

/**
 * The rules every point is held to, whether it comes from the form, the API or a spreadsheet row:
 * each broken one is named by its field. Units, teams and markets outside the caller's scope read
 * as unknown.
 */
@Component
public class MerchantRules {

	/**
	 * Vietnam's extent, the islands included (Trường Sa reaches 6.5° N and 117° E): a box, so it
	 * catches swapped or mistyped coordinates, not every point just across a border.
	 */
	static final BigDecimal MIN_LATITUDE = new BigDecimal("6.0");

	static final BigDecimal MAX_LATITUDE = new BigDecimal("23.5");

	static final BigDecimal MIN_LONGITUDE = new BigDecimal("102.0");

	static final BigDecimal MAX_LONGITUDE = new BigDecimal("117.5");

	static final LocalDate EARLIEST_START = LocalDate.of(2000, 1, 1);

	static final int MAX_NAME = 200;

	static final int MAX_ADDRESS = 300;

	private final Territory territory;

	private final Teams teams;

	private final Clock clock;

	MerchantRules(Territory territory, Teams teams, Clock clock) {
		this.territory = territory;
		this.teams = teams;
		this.clock = clock;
	}

	/** A market a stall may belong to: its id and unit. */
	public record MarketRef(UUID id, AdminUnit unit) {
	}

	/** A point that keeps every rule, ready to write. */
	public record Valid(UUID id, MerchantKind kind, String name, String address, AdminUnit unit,
			@Nullable BigDecimal latitude, @Nullable BigDecimal longitude, List<PaymentMethod> methods, LocalDate startedOn,
			@Nullable Long teamId, @Nullable UUID marketId) {
	}

	/**
	 * Checks a point; {@code markets} finds a market the caller may see by id (the stored ones, and
	 * in an import the file's own).
	 */
	public Valid check(MerchantInput in, UUID id, Function<UUID, Optional<MarketRef>> markets) {
		List<FieldError> errors = new ArrayList<>();
		MerchantKind kind = null;
		if (in.kind() == null || in.kind().isBlank()) {
			errors.add(new FieldError("kind", "merchant.kind.required"));
		}
		else {
			kind = MerchantKind.parse(in.kind()).orElse(null);
			if (kind == null) {
				errors.add(new FieldError("kind", "merchant.kind.unknown", SearchText.clean(in.kind())));
			}
		}
		String name = text(in.name(), "name", MAX_NAME, errors);
		String address = text(in.address(), "address", MAX_ADDRESS, errors);
		MarketRef market = market(kind, in.marketId(), markets, errors);
		AdminUnit unit = unit(in.unitId(), market, errors);
		position(in.latitude(), in.longitude(), errors);
		List<PaymentMethod> methods = methods(in.methods(), errors);
		startedOn(in.startedOn(), errors);
		team(in.teamId(), errors);
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		return new Valid(id, kind, name, address, unit, in.latitude(), in.longitude(), methods, in.startedOn(),
				in.teamId(), market == null ? null : market.id());
	}

	private static String text(@Nullable String value, String field, int max, List<FieldError> errors) {
		String clean = value == null ? "" : SearchText.clean(value);
		if (clean.isEmpty()) {
			errors.add(new FieldError(field, "merchant." + field + ".required"));
		}
		else if (clean.length() > max) {
			errors.add(new FieldError(field, "merchant." + field + ".tooLong", max));
		}
		return clean;
	}

	private static @Nullable MarketRef market(@Nullable MerchantKind kind, @Nullable UUID marketId,
			Function<UUID, Optional<MarketRef>> markets, List<FieldError> errors) {
		if (kind == null) {
			return null;
		}
		if (kind != MerchantKind.MARKET_STALL) {
			if (marketId != null) {
				errors.add(new FieldError("marketId", "merchant.market.notStall"));
			}
			return null;
		}
		if (marketId == null) {
			errors.add(new FieldError("marketId", "merchant.market.required"));
			return null;
		}
		Optional<MarketRef> market = markets.apply(marketId);
		if (market.isEmpty()) {
			errors.add(new FieldError("marketId", "merchant.market.unknown"));
		}
		return market.orElse(null);
	}

	/** A commune or hamlet in scope; a stall sits in its market's unit. */
	private @Nullable AdminUnit unit(@Nullable Long unitId, @Nullable MarketRef market, List<FieldError> errors) {
		if (unitId == null) {
			if (market != null) {
				return market.unit();
			}
			errors.add(new FieldError("unitId", "merchant.unit.required"));
			return null;
		}
		AdminUnit unit;
		try {
			unit = territory.get(unitId);
		}
		catch (NotFound e) {
			errors.add(new FieldError("unitId", "merchant.unit.unknown"));
			return null;
		}
		if (!unit.isCommune() && !unit.isHamlet()) {
			errors.add(new FieldError("unitId", "merchant.unit.notCommuneOrHamlet"));
		}
		else if (unit.validTo() != null && unit.validTo().isBefore(LocalDate.now(clock))) {
			errors.add(new FieldError("unitId", "merchant.unit.ended"));
		}
		else if (market != null && market.unit().id() != unit.id()) {
			errors.add(new FieldError("unitId", "merchant.unit.notMarkets"));
		}
		return unit;
	}

	private static void position(@Nullable BigDecimal latitude, @Nullable BigDecimal longitude, List<FieldError> errors) {
		if ((latitude == null) != (longitude == null)) {
			errors.add(new FieldError(latitude == null ? "latitude" : "longitude", "merchant.position.incomplete"));
			return;
		}
		if (latitude == null) {
			return;
		}
		if (latitude.compareTo(MIN_LATITUDE) < 0 || latitude.compareTo(MAX_LATITUDE) > 0) {
			errors.add(new FieldError("latitude", "merchant.latitude.outsideVietnam", MIN_LATITUDE, MAX_LATITUDE));
		}
		if (longitude.compareTo(MIN_LONGITUDE) < 0 || longitude.compareTo(MAX_LONGITUDE) > 0) {
			errors.add(new FieldError("longitude", "merchant.longitude.outsideVietnam", MIN_LONGITUDE, MAX_LONGITUDE));
		}
	}

	private static List<PaymentMethod> methods(@Nullable List<String> given, List<FieldError> errors) {
		Set<PaymentMethod> methods = new LinkedHashSet<>();
		for (String text : given == null ? List.<String>of() : given) {
			if (text == null || text.isBlank()) {
				continue;
			}
			Optional<PaymentMethod> method = PaymentMethod.parse(text);
			if (method.isEmpty()) {
				errors.add(new FieldError("methods", "merchant.methods.unknown", SearchText.clean(text)));
				return List.of();
			}
			methods.add(method.get());
		}
		if (methods.isEmpty()) {
			errors.add(new FieldError("methods", "merchant.methods.required"));
		}
		return methods.stream().sorted().toList();
	}

	private void startedOn(@Nullable LocalDate day, List<FieldError> errors) {
		if (day == null) {
			errors.add(new FieldError("startedOn", "merchant.startedOn.required"));
		}
		else if (day.isAfter(LocalDate.now(clock))) {
			errors.add(new FieldError("startedOn", "merchant.startedOn.future"));
		}
		else if (day.isBefore(EARLIEST_START)) {
			errors.add(new FieldError("startedOn", "merchant.startedOn.tooEarly"));
		}
	}

	private void team(@Nullable Long teamId, List<FieldError> errors) {
		if (teamId == null) {
			return;
		}
		try {
			teams.team(teamId);
		}
		catch (NotFound e) {
			errors.add(new FieldError("teamId", "merchant.team.unknown"));
		}
	}
}
