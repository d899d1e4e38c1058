-- A team leader's home counts the team's visits of the week by member: the team's visits of a few
-- days, without reading every visit.
create index visit_team_day on visit (team_id, visited_on);
