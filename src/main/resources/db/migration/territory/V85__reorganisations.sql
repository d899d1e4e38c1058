-- Reorganisations of the tree (the 2025 merger of communes and provinces), applied as data.
-- Nothing is deleted: old units get valid_to, hamlets move in place under their new commune
-- (same id, so every record keyed by the hamlet stays attached), and both the commune lineage
-- and every hamlet move are kept so that the old tree can be read back.
create table reorganisation (
    id          bigserial   primary key,
    effective   date        not null,  -- first day of the new tree
    applied_at  timestamptz not null default now(),
    applied_by  varchar(50) not null,
    summary     jsonb       not null   -- what the preview showed, and the users flagged
);

-- Which old unit went into which new one: FULL (all of it) or PARTIAL (some of its hamlets).
create table unit_lineage (
    reorganisation_id bigint     not null references reorganisation (id),
    old_unit_id       bigint     not null references admin_unit (id),
    new_unit_id       bigint     not null references admin_unit (id),
    kind              varchar(7) not null check (kind in ('FULL', 'PARTIAL')),
    primary key (old_unit_id, new_unit_id)
);
create index unit_lineage_new on unit_lineage (new_unit_id);

-- A hamlet that moved under another commune, with where it was: the old tree's paths.
create table unit_move (
    reorganisation_id bigint not null references reorganisation (id),
    unit_id           bigint not null references admin_unit (id),
    moved_on          date   not null,
    from_parent_id    bigint not null references admin_unit (id),
    to_parent_id      bigint not null references admin_unit (id),
    from_path         ltree  not null,
    to_path           ltree  not null,
    from_name         text   not null,
    to_name           text   not null,
    primary key (unit_id, moved_on)
);
create index unit_move_from_path on unit_move using gist (from_path);
create index unit_move_to_parent on unit_move (to_parent_id);
create index unit_move_from_parent on unit_move (from_parent_id);
