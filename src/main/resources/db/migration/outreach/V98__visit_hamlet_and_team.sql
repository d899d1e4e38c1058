-- Activity counts where it was made, forever: a visit keeps the hamlet the household was in on
-- the visit's day and the team of its first member on that day, so a household that moves later
-- never rewrites a team's past visits. unit_path stays the path of unit_id (a reorganisation
-- moves both together, as it moves every cached path).
alter table visit add column unit_id bigint references admin_unit (id),
                  add column team_id bigint references team (id);

-- Visits already stored: the hamlet their own path names, else the household's hamlet.
update visit v set unit_id = u.id from admin_unit u where u.path = v.unit_path;
update visit v set unit_id = h.unit_id, unit_path = h.unit_path
from household h where v.unit_id is null and h.id = v.household_id;
update visit v set team_id = m.team_id
from (select distinct on (visit_id) visit_id, member_id from visit_member order by visit_id, member_id) f
join member m on m.id = f.member_id
where f.visit_id = v.id;

alter table visit alter column unit_id set not null;
