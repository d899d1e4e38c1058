package vn.ngoso.demo.generator;

/**
 * What a generated population adds up to, exactly. The three guided counts are distinct
 * households with at least one visit outcome of the kind (online: ONLINE_SERVICE_ACCOUNT or
 * ONLINE_SERVICE_USED; app: PROVINCIAL_APP; cashless: CASHLESS).
 */
public record Targets(int households, int residents, int online, int app, int cashless) {

	/** Long An, from the source text: ≈ 480,000 households, ≈ 1.7 million people. */
	public static final Targets LONG_AN = new Targets(480_000, 1_700_000, 203_400, 255_600, 180_300);

	public Targets {
		if (households <= 0 || residents < households || online > households || app > households
				|| cashless > households || online < 0 || app < 0 || cashless < 0) {
			throw new IllegalArgumentException("Targets do not fit together: " + households + " households, "
					+ residents + " residents, " + online + "/" + app + "/" + cashless + " guided");
		}
	}

	/** The targets of a slice of the province holding {@code hamlets} of its {@code of} hamlets. */
	public Targets slice(int hamlets, int of) {
		return hamlets == of ? this : scaledTo((int) Math.round((double) households * hamlets / of));
	}

	/** The same rates over another number of households (a slice of the province, a test). */
	public Targets scaledTo(int households) {
		double f = (double) households / this.households;
		return new Targets(households, (int) Math.round(residents * f), (int) Math.round(online * f),
				(int) Math.round(app * f), (int) Math.round(cashless * f));
	}

	/** The same guided rates over another number of households and of residents (another household size). */
	public Targets scaledTo(int households, int residents) {
		Targets t = scaledTo(households);
		return new Targets(households, residents, t.online(), t.app(), t.cashless());
	}

	/** Two populations together. */
	public Targets plus(Targets other) {
		return new Targets(households + other.households, residents + other.residents, online + other.online,
				app + other.app, cashless + other.cashless);
	}
}
