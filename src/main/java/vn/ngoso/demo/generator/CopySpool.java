package vn.ngoso.demo.generator;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import vn.ngoso.demo.generator.GeneratedHousehold.Event;
import vn.ngoso.demo.generator.GeneratedHousehold.Mark;
import vn.ngoso.demo.generator.GeneratedHousehold.Outcome;
import vn.ngoso.demo.generator.GeneratedHousehold.Person;
import vn.ngoso.demo.generator.GeneratedHousehold.VisitMade;
import vn.ngoso.households.CitizenIds;
import vn.ngoso.households.ReadinessItem;
import vn.ngoso.platform.SearchText;

/**
 * Writes the rows of every table in PostgreSQL's COPY text format, one file per table, so they
 * can be loaded in foreign-key order afterwards (COPY on one connection runs one table at a
 * time, and a household must be committed before its residents can point at it). Citizen IDs
 * are encrypted and hashed here, as the application stores them. Everything generated is
 * recorded by {@value #BY}.
 */
public final class CopySpool implements HouseholdSink {

	public static final String BY = "generator";

	/**
	 * When the generated registers were drawn up: before the first generated visit (2 Jan 2023), so
	 * the monthly figures count every household before it is guided.
	 */
	public static final String REGISTERED = "2022-12-01 08:00:00+07";

	/** The registration date of every generated household and resident: the day of {@link #REGISTERED}. */
	public static final LocalDate REGISTERED_ON = LocalDate.of(2022, 12, 1);

	/** The tables, in the order they must be loaded, with the columns the files hold. */
	public enum Table {
		HOUSEHOLD("household", "id, unit_id, commune_id, unit_path, province_code, code, address, last_visit_on,"
				+ " created_at, registered_on"),
		RESIDENT("resident", "id, province_code, household_id, full_name, name_folded, birth_date, birth_year, sex, relation, phone,"
				+ " cccd_cipher, cccd_hash, consent_at, consent_method, consent_by, created_at, registered_on"),
		VISIT("visit", "id, household_id, unit_id, unit_path, team_id, province_code, visited_on, recorded_by, note"),
		VISIT_MEMBER("visit_member", "province_code, visit_id, member_id"),
		VISIT_OUTCOME("visit_outcome", "province_code, visit_id, resident_id, item"),
		READINESS("readiness", "province_code, resident_id, item, since, recorded_by, visit_id"),
		READINESS_EVENT("readiness_event", "province_code, resident_id, item, on_date, recorded_by, visit_id");

		public final String table;

		public final String columns;

		Table(String table, String columns) {
			this.table = table;
			this.columns = columns;
		}

		public String fileName() {
			return table + ".tsv";
		}

		public String copySql() {
			return "copy " + table + " (" + columns + ") from stdin";
		}
	}

	private final Path dir;

	private final Function<String, CitizenIds.Protected> protector;

	private final Map<Table, BufferedWriter> writers = new EnumMap<>(Table.class);

	private final Map<Table, Long> rows = new EnumMap<>(Table.class);

	private final StringBuilder line = new StringBuilder(512);

	/** @param protector what the application stores for a citizen ID ({@code CitizenIds::protect}) */
	public CopySpool(Path dir, Function<String, CitizenIds.Protected> protector) throws IOException {
		this.dir = Files.createDirectories(dir);
		this.protector = protector;
		for (Table t : Table.values()) {
			writers.put(t, new BufferedWriter(
					new OutputStreamWriter(Files.newOutputStream(dir.resolve(t.fileName())), StandardCharsets.UTF_8),
					1 << 20));
			rows.put(t, 0L);
		}
	}

	public Path dir() {
		return dir;
	}

	public long rows(Table table) {
		return rows.get(table);
	}

	@Override
	public void accept(GeneratedHousehold h) throws IOException {
		HamletRef hamlet = h.hamlet();
		row(Table.HOUSEHOLD, h.id(), hamlet.id(), hamlet.communeId(), hamlet.path(), hamlet.provinceCode(), h.code(),
				h.address(), h.lastVisitOn(), REGISTERED, REGISTERED_ON);
		for (Person p : h.residents()) {
			CitizenIds.Protected cccd = p.cccd() == null ? null : protector.apply(p.cccd());
			row(Table.RESIDENT, p.id(), hamlet.provinceCode(), h.id(), p.fullName(), SearchText.fold(p.fullName()), p.birthDate(),
					p.birthYear(), p.sex().name(), p.relation().name(), p.phone(), cccd == null ? null : cccd.cipher(),
					cccd == null ? null : cccd.hash(), p.consent() ? consentAt(p.id()) : null,
					p.consent() ? "PAPER" : null, p.consent() ? BY : null, REGISTERED, REGISTERED_ON);
		}
		for (VisitMade v : h.visits()) {
			// generated households never move: a visit is made in their hamlet, by its team
			row(Table.VISIT, v.id(), h.id(), hamlet.id(), hamlet.path(), hamlet.teamId(), hamlet.provinceCode(), v.date(),
					BY, v.note());
			for (long member : v.memberIds()) {
				row(Table.VISIT_MEMBER, hamlet.provinceCode(), v.id(), member);
			}
			for (Outcome o : v.outcomes()) {
				row(Table.VISIT_OUTCOME, hamlet.provinceCode(), v.id(), o.residentId(), o.item().name());
			}
		}
		for (Person p : h.residents()) {
			for (Map.Entry<ReadinessItem, Mark> e : p.readiness().entrySet()) {
				row(Table.READINESS, hamlet.provinceCode(), p.id(), e.getKey().name(), e.getValue().since(), BY, e.getValue().visitId());
			}
			for (Event e : p.events()) {
				row(Table.READINESS_EVENT, hamlet.provinceCode(), p.id(), e.item().name(), e.on(), BY, e.visitId());
			}
		}
	}

	/** A day in the year before the population's date, fixed per resident. */
	private static String consentAt(UUID resident) {
		LocalDate day = HouseholdMaker.AS_OF.minusDays(1 + Math.floorMod(resident.getLeastSignificantBits(), 365));
		return day + " 09:00:00+07";
	}

	private void row(Table table, @Nullable Object... values) throws IOException {
		line.setLength(0);
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				line.append('\t');
			}
			value(values[i]);
		}
		line.append('\n');
		writers.get(table).append(line);
		rows.merge(table, 1L, Long::sum);
	}

	private void value(@Nullable Object v) {
		if (v == null) {
			line.append("\\N");
		}
		else if (v instanceof byte[] bytes) {
			line.append("\\\\x");
			for (byte b : bytes) {
				line.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
			}
		}
		else if (v instanceof Boolean b) {
			line.append(b ? 't' : 'f');
		}
		else {
			String s = v.toString();
			for (int i = 0; i < s.length(); i++) {
				char c = s.charAt(i);
				switch (c) {
					case '\\' -> line.append("\\\\");
					case '\t' -> line.append("\\t");
					case '\n' -> line.append("\\n");
					case '\r' -> line.append("\\r");
					default -> line.append(c);
				}
			}
		}
	}

	@Override
	public void close() throws IOException {
		for (BufferedWriter w : writers.values()) {
			w.close();
		}
	}
}
