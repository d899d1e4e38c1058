-- Covered in one place: the first month a household counts as covered (one of its residents who
-- counts holds FLUENT), null for never. The figures and this column are made by one SQL rule
-- (households.internal.CountingRules); lists compare it with the current month, so a correction
-- that makes the only fluent resident under 15 uncovers the household in both at once. It
-- replaces the boolean `covered`, which was set on FLUENT and never reset.
alter table household add column covered_from date;
-- the rule as it stands at this version (CountingRules.COVERED_FROM)
update household t set covered_from = c.covered_from
from (select r.household_id,
             min(greatest(date_trunc('month', h.registered_on)::date, date_trunc('month', r.registered_on)::date,
                          date_trunc('month', coalesce(r.birth_date, make_date(r.birth_year, 1, 1)) + interval '15 years')::date,
                          date_trunc('month', g.since)::date)) as covered_from
      from household h join resident r on r.household_id = h.id
      join readiness g on g.resident_id = r.id and g.item = 'FLUENT'
      group by r.household_id) c
where t.id = c.household_id;

-- "Hộ cần thăm": not covered first, never visited first, per hamlet; covered_from takes the place
-- of the boolean (null, never covered, sorts last in the index and is asked for explicitly).
drop index household_to_visit;
alter table household drop column covered;
create index household_to_visit on household (unit_id, covered_from, last_visit_on nulls first);

-- A household moves to another hamlet of its commune only by an explicit action, with the day it
-- moved: its stocks (households, residents, items, covered) follow it for every month, while a
-- visit keeps the hamlet the household was in on the visit's day (visit.unit_id), read from here.
create table household_move (
    id           bigserial   primary key,
    household_id uuid        not null references household (id),
    from_unit_id bigint      not null references admin_unit (id),
    to_unit_id   bigint      not null references admin_unit (id),
    moved_on     date        not null,
    moved_by     varchar(50) not null,
    moved_at     timestamptz not null default now()
);
create index household_move_household on household_move (household_id, moved_on);
