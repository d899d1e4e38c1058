package vn.ngoso.training.internal;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.ngoso.figures.FigureScope;
import vn.ngoso.figures.FigureSource;
import vn.ngoso.figures.Indicators;
import vn.ngoso.figures.ScopeSql;

/**
 * Members trained, at their team's unit: a member counts from the month of their first
 * completed course (or of joining, if later) until the month they leave, like
 * {@code MEMBERS}, so the rate over members stays within 100%. It answers for communes as the
 * teams' figures do: a member joining or leaving (a write of the teams module, scoped by
 * commune) moves this figure in the same step, and so does a completion recorded here.
 */
@Component
class TrainingFigures implements FigureSource {

	private static final String SQL = """
			with trained as (
			    select t.unit_id,
			           greatest(date_trunc('month', min(k.completed_on)), date_trunc('month', m.joined_on))::date as s,
			           date_trunc('month', m.left_on)::date as e
			    from member m join team t on t.id = m.team_id join admin_unit u on u.id = t.unit_id
			    join training_completion k on k.member_id = m.id
			    where %s
			    group by m.id, t.unit_id, m.joined_on, m.left_on)
			select unit_id, '%2$s' as indicator, s as month, count(*) as value from trained
			where e is null or s < e group by unit_id, s
			union all
			select unit_id, '%2$s', e, -count(*) from trained where e is not null and s < e group by unit_id, e
			""";

	@Override
	public Optional<String> contributions(FigureScope scope) {
		return ScopeSql.communes(scope, "(case when u.level >= 4 then u.parent_id else u.id end)", "t.unit_path")
			.map(where -> SQL.formatted(where, Indicators.MEMBERS_TRAINED));
	}
}
