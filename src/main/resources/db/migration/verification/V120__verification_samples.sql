-- Verification of recorded visits (issue 18). Each month a unit that verifies (a commune, or a
-- district/province for its own level) draws a sample of the visits recorded under it in that
-- month: seeded, so the same seed gives the same sample, and proportional per team. An officer
-- then calls or visits the resident and records what they said.
create table verification_sample (
    id         bigserial    primary key,
    unit_id    bigint       not null references admin_unit (id),
    unit_path  ltree        not null,
    month      date         not null check (extract(day from month) = 1),  -- the visits' month
    seed       bigint       not null,
    share      numeric(5,2) not null check (share > 0 and share <= 100),  -- percent of each team's visits
    minimum    int          not null check (minimum >= 0),               -- at least this many per team (or all it has)
    drawn_at   timestamptz  not null default now(),
    drawn_by   varchar(50)  not null,
    constraint verification_sample_once unique (unit_id, month)
);

-- One sampled visit and, once checked, its result. A NOT_CONFIRMED result is open until resolved.
create table verification_item (
    sample_id   bigint      not null references verification_sample (id),
    visit_id    uuid        not null references visit (id),
    team_id     bigint      references team (id),
    result      varchar(13) check (result in ('CONFIRMED', 'NOT_CONFIRMED', 'UNREACHABLE')),
    reason      text,
    checked_by  varchar(50),
    checked_at  timestamptz,
    resolved_by varchar(50),
    resolved_at timestamptz,
    resolution  text,
    primary key (sample_id, visit_id),
    constraint verification_item_reason check (result is distinct from 'NOT_CONFIRMED' or reason is not null)
);
create index verification_item_visit on verification_item (visit_id);
