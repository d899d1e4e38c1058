-- A covered rate that jumps in a hamlet of one or two households is a small number, not a sign: the
-- COVERED_JUMP kind looks only at teams whose hamlet has at least this many households.
alter table flag_rule add column min_households int check (min_households > 0);
update flag_rule set min_households = 10 where kind = 'COVERED_JUMP';
