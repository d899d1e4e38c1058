package vn.ngoso.demo.generator;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import vn.ngoso.demo.generator.GeneratedHousehold.Person;
import vn.ngoso.households.Relation;
import vn.ngoso.teams.Sex;

/**
 * Writes households in the import format: UTF-8 without a byte-order mark, the exact Vietnamese
 * header, one row per resident with the household columns repeated, RFC 4180 quoting (addresses
 * hold commas), lines ending in LF. Streams: a household is written and forgotten.
 */
public final class ImportCsvFile implements HouseholdSink {

	public static final List<String> HEADER = List.of("Mã xã", "Ấp/khu phố", "Mã hộ", "Địa chỉ", "Họ và tên",
			"Ngày sinh", "Giới tính", "Quan hệ với chủ hộ", "Số điện thoại", "Số CCCD");

	public static final Map<Relation, String> RELATIONS = Map.of(Relation.HEAD, "Chủ hộ", Relation.SPOUSE, "Vợ/Chồng",
			Relation.CHILD, "Con", Relation.PARENT, "Cha/Mẹ", Relation.GRANDCHILD, "Cháu", Relation.GRANDPARENT,
			"Ông/Bà", Relation.SIBLING, "Anh/Chị/Em", Relation.OTHER, "Khác");

	public static final Map<Sex, String> SEXES = Map.of(Sex.MALE, "Nam", Sex.FEMALE, "Nữ");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final BufferedWriter out;

	private final StringBuilder line = new StringBuilder(256);

	public ImportCsvFile(Path file) throws IOException {
		if (file.getParent() != null) {
			Files.createDirectories(file.getParent());
		}
		this.out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8),
				1 << 20);
		out.write(String.join(",", HEADER));
		out.write('\n');
	}

	@Override
	public void accept(GeneratedHousehold h) throws IOException {
		for (Person p : h.residents()) {
			line.setLength(0);
			cell(h.hamlet().communeCode()).append(',');
			cell(h.hamlet().name()).append(',');
			cell(h.code()).append(',');
			cell(h.address()).append(',');
			cell(p.fullName()).append(',');
			cell(p.birthDate() == null ? Integer.toString(p.birthYear()) : DATE.format(p.birthDate())).append(',');
			cell(SEXES.get(p.sex())).append(',');
			cell(RELATIONS.get(p.relation())).append(',');
			cell(p.phone() == null ? "" : p.phone()).append(',');
			cell(p.cccd() == null ? "" : p.cccd()).append('\n');
			out.append(line);
		}
	}

	private StringBuilder cell(String value) {
		boolean quote = false;
		for (int i = 0; i < value.length() && !quote; i++) {
			char c = value.charAt(i);
			quote = c == ',' || c == '"' || c == '\n' || c == '\r';
		}
		if (!quote) {
			return line.append(value);
		}
		return line.append('"').append(value.replace("\"", "\"\"")).append('"');
	}

	@Override
	public void close() throws IOException {
		out.close();
	}
}
