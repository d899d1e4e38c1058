package vn.ngoso.citizens;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ngoso.platform.PhoneNumber;
import vn.ngoso.platform.SearchText;
import vn.ngoso.platform.database.MayReadReplica;

/**
 * "Find my team": hamlets by name, diacritics ignored, each word matching the hamlet, its
 * commune or district ("ca ban tuyen binh" finds Ấp Cả Bản, Xã Tuyên Bình). A read model over
 * the tree and the teams (read-only SQL, like the figure sources), public: it selects only the
 * columns the public may see — never a full name or a full phone number.
 */
@Service
@Transactional(readOnly = true)
@MayReadReplica
public class TeamDirectory {

	public static final int MAX_QUERY = 100;

	private static final String SELECT = """
			select h.id, h.name as hamlet, c.id as commune_id, c.name as commune, d.name as district, t.name as team,
			       (select m.full_name from member m where m.team_id = t.id and m.role = 'LEADER' and m.left_on is null
			        order by m.joined_on limit 1) as leader,
			       (select m.phone from member m where m.team_id = t.id and m.role = 'LEADER' and m.left_on is null
			        order by m.joined_on limit 1) as phone
			from admin_unit h join admin_unit c on c.id = h.parent_id left join admin_unit d on d.id = c.parent_id and d.level = 2
			left join team t on t.unit_id = h.id
			""";

	private final JdbcClient jdbc;

	TeamDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Up to {@code limit} open hamlets whose names hold every word of the query. */
	public List<HamletTeam> search(String query, int limit) {
		String folded = SearchText.fold(query.length() > MAX_QUERY ? query.substring(0, MAX_QUERY) : query);
		List<String> words = Arrays.stream(folded.split(" ")).filter(w -> !w.isBlank()).limit(6).toList();
		if (words.isEmpty()) {
			return List.of();
		}
		StringBuilder where = new StringBuilder(" where h.level = 4 and h.valid_to is null");
		for (int i = 0; i < words.size(); i++) {
			where.append(" and (h.name_folded || ' ' || c.name_folded || ' ' || coalesce(d.name_folded, '')) like :w").append(i);
		}
		var spec = jdbc.sql(SELECT + where + " order by d.name_folded, c.name_folded, h.name_folded limit :limit")
			.param("limit", limit);
		for (int i = 0; i < words.size(); i++) {
			spec = spec.param("w" + i, SearchText.containing(words.get(i)));
		}
		return spec.query((rs, n) -> row(rs)).list();
	}

	public Optional<HamletTeam> hamlet(long id) {
		return jdbc.sql(SELECT + " where h.id = :id and h.level = 4").param("id", id).query((rs, n) -> row(rs)).optional();
	}

	private static HamletTeam row(java.sql.ResultSet rs) throws java.sql.SQLException {
		String leader = rs.getString("leader");
		String phone = rs.getString("phone");
		return new HamletTeam(rs.getLong("id"), rs.getString("hamlet"), rs.getLong("commune_id"), rs.getString("commune"), rs.getString("district"),
				rs.getString("team"), leader == null ? null : givenName(leader), phone == null ? null : PhoneNumber.mask(phone));
	}

	/** The given name is the last word of a Vietnamese full name: "Nguyễn Ngọc Trai" → "Trai". */
	static String givenName(String fullName) {
		String[] words = fullName.strip().split("\\s+");
		return words[words.length - 1];
	}
}
