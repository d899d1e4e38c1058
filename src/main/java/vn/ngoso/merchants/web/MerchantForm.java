package vn.ngoso.merchants.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.ngoso.merchants.Merchant;
import vn.ngoso.merchants.MerchantInput;
import vn.ngoso.merchants.PaymentMethod;
import vn.ngoso.platform.InvalidInput;
import vn.ngoso.platform.web.DateText;

/** The form's fields as typed; numbers and the date are read here, each mistake named by its field. */
public class MerchantForm {

	private String kind = "";

	private String name = "";

	private String address = "";

	private @Nullable Long unitId;

	private String latitude = "";

	private String longitude = "";

	private List<String> methods = new ArrayList<>();

	private String startedOn = "";

	private @Nullable Long teamId;

	private @Nullable UUID marketId;

	static MerchantForm of(Merchant m) {
		MerchantForm f = new MerchantForm();
		f.kind = m.kind().name();
		f.name = m.name();
		f.address = m.address();
		f.unitId = m.unitId();
		f.latitude = m.latitude() == null ? "" : m.latitude().stripTrailingZeros().toPlainString();
		f.longitude = m.longitude() == null ? "" : m.longitude().stripTrailingZeros().toPlainString();
		f.methods = new ArrayList<>(m.methods().stream().map(PaymentMethod::name).toList());
		f.startedOn = m.startedOn().toString();
		f.teamId = m.teamId();
		f.marketId = m.marketId();
		return f;
	}

	MerchantInput toInput(@Nullable UUID id) {
		List<InvalidInput.FieldError> errors = new ArrayList<>();
		BigDecimal lat = number("latitude", latitude, errors);
		BigDecimal lon = number("longitude", longitude, errors);
		LocalDate started = null;
		try {
			started = DateText.day(startedOn);
		}
		catch (IllegalArgumentException e) {
			errors.add(new InvalidInput.FieldError("startedOn", DateText.DAY_INVALID));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		return new MerchantInput(id, kind, name, address, unitId, lat, lon, methods, started, teamId, marketId);
	}

	private static @Nullable BigDecimal number(String field, String text, List<InvalidInput.FieldError> errors) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(text.strip().replace(',', '.'));
		}
		catch (NumberFormatException e) {
			errors.add(new InvalidInput.FieldError(field, "merchant." + field + ".notNumber"));
			return null;
		}
	}

	public String getKind() {
		return kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getAddress() {
		return address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public @Nullable Long getUnitId() {
		return unitId;
	}

	public void setUnitId(@Nullable Long unitId) {
		this.unitId = unitId;
	}

	public String getLatitude() {
		return latitude;
	}

	public void setLatitude(String latitude) {
		this.latitude = latitude;
	}

	public String getLongitude() {
		return longitude;
	}

	public void setLongitude(String longitude) {
		this.longitude = longitude;
	}

	public List<String> getMethods() {
		return methods;
	}

	public void setMethods(List<String> methods) {
		this.methods = methods;
	}

	public String getStartedOn() {
		return startedOn;
	}

	public void setStartedOn(String startedOn) {
		this.startedOn = startedOn;
	}

	public @Nullable Long getTeamId() {
		return teamId;
	}

	public void setTeamId(@Nullable Long teamId) {
		this.teamId = teamId;
	}

	public @Nullable UUID getMarketId() {
		return marketId;
	}

	public void setMarketId(@Nullable UUID marketId) {
		this.marketId = marketId;
	}
}
