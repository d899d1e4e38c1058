-- Teams (one per hamlet, or per commune where a commune runs one team) and their members.
-- Members are never deleted: leaving sets left_on, so a team's history stays readable.
create table team (
    id            bigserial primary key,
    unit_id       bigint      not null references admin_unit (id),
    unit_path     ltree       not null,  -- copy of the unit's path: subtree filters stay one index lookup
    province_code varchar(2)  not null,
    name          text        not null,
    name_folded   text        not null,
    decision_no   varchar(50) not null,
    decision_date date        not null,
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now()
);
create index team_unit_path on team using gist (unit_path);
create index team_unit on team (unit_id);

create table member (
    id            bigserial primary key,
    team_id       bigint      not null references team (id),
    full_name     text        not null,
    name_folded   text        not null,
    birth_date    date        not null,
    sex           varchar(6)  not null,  -- MALE, FEMALE
    phone         varchar(10) not null,
    role          varchar(12) not null,  -- LEADER, DEPUTY, MEMBER
    affiliations  text[]      not null default '{}',
    joined_on     date        not null,
    left_on       date,
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now(),
    constraint member_left_after_joined check (left_on is null or left_on >= joined_on)
);
create index member_team on member (team_id);
-- A person (known by mobile number) is active in at most one team at a time.
create unique index member_one_active_team on member (phone) where left_on is null;
create index member_name_trgm on member using gin (name_folded gin_trgm_ops);
create unique index team_one_per_unit on team (unit_id);
