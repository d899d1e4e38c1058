-- Targets for a tracked indicator, a unit and a span of months. A cascaded target points at its
-- parent; its progress is never stored: it is read live from the figures.
create table target (
    id          bigserial primary key,
    indicator   varchar(40)   not null,
    unit_id     bigint        not null references admin_unit (id),
    unit_path   ltree         not null,
    from_month  date          not null,
    to_month    date          not null,
    value       numeric(14,1) not null,
    parent_id   bigint        references target (id),
    split       varchar(10),               -- how its children were made: HOUSEHOLDS or MANUAL
    created_by  varchar(50)   not null,
    created_at  timestamptz   not null default now(),
    constraint target_months check (to_month >= from_month),
    constraint target_value check (value >= 0),
    constraint target_one_per_unit unique (indicator, unit_id, from_month, to_month)
);
create index target_unit_path on target using gist (unit_path);
create index target_parent on target (parent_id);
