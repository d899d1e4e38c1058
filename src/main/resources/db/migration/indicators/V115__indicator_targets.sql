-- A unit's own target for an indicator and a year (a province, a district, a commune...). The
-- national defaults are not here: they are data shipped with the application
-- (indicators/national-targets.csv, Decision 411/QĐ-TTg). A unit without its own target inherits
-- its nearest ancestor's; see docs/figures-rules.md for the whole rule.
create table indicator_target (
    unit_id    bigint        not null references admin_unit (id),
    indicator  varchar(40)   not null,
    year       smallint      not null,
    value      numeric(14,1) not null,
    note       varchar(300),            -- the legal basis: "Kế hoạch 123/KH-UBND"...
    set_by     varchar(50)   not null,
    set_at     timestamptz   not null default now(),
    primary key (unit_id, indicator, year),
    constraint indicator_target_year check (year between 2020 and 2035),
    constraint indicator_target_value check (value >= 0)
);

-- Every change, append-only: set (old_value null), changed, or removed (new_value null).
create table indicator_target_change (
    id         bigserial     primary key,
    unit_id    bigint        not null references admin_unit (id),
    indicator  varchar(40)   not null,
    year       smallint      not null,
    old_value  numeric(14,1),
    new_value  numeric(14,1),
    note       varchar(300),
    changed_by varchar(50)   not null,
    changed_at timestamptz   not null default now()
);
create index indicator_target_change_unit on indicator_target_change (unit_id, changed_at desc, id desc);
