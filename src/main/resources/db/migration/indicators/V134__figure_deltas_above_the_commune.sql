-- Hot rows (issue 20): a write no longer updates the rows of the district and the province,
-- which every writer of a province had to take until commit. It updates its unit's and commune's
-- rows as before (figure_row, the former table) and appends what it adds to the units above the
-- commune as delta rows (figure_delta): inserts, which no two writers ever wait on. A job folds the
-- deltas into figure_row every second, in one transaction with their removal; a reader adds the
-- deltas not yet folded to the rows, so what it reads is exact the moment the write commits
-- (docs/scaling.md, "Hot rows").
alter table figure rename to figure_row;
alter table figure_row rename constraint figure_pkey to figure_row_pkey;

create table figure_delta (
    unit_id    bigint      not null,  -- a district or province (a unit above the commune)
    indicator  varchar(40) not null,
    month      date        not null,
    value      bigint      not null,
    changed_at timestamptz not null default now()
);
create index figure_delta_unit on figure_delta (unit_id, indicator, month);

-- Every unit's rows as the table held them before: for reading by hand and for the tests that
-- recount. The application reads both tables itself (FigureRows), filtered before the sum.
create view figure as
select unit_id, indicator, month, sum(value)::bigint as value, max(changed_at) as changed_at
from (select unit_id, indicator, month, value, changed_at from figure_row
      union all
      select unit_id, indicator, month, value, changed_at from figure_delta) r
group by unit_id, indicator, month;
