-- Live aggregates of the tracked indicators: one row per unit, indicator and month, for the
-- unit where a record sits (hamlet, commune) and for every unit above it, so a dashboard reads
-- a handful of rows for any unit. Stocks hold the month's change (summed up to a period's end),
-- flows the month's count (summed over the period).
create table figure (
    unit_id    bigint      not null,
    indicator  varchar(40) not null,
    month      date        not null,  -- the first day of the month
    value      bigint      not null,
    changed_at timestamptz not null default now(),
    primary key (unit_id, indicator, month)
);
