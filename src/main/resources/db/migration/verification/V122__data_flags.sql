-- Flags on records that look made up (issue 18, item 2). A daily job runs one SQL pass per kind
-- of flag over a period and stores what it finds per hamlet, with a reason a person can read and
-- the records it is about. The thresholds are data: an administrator edits them on the flags page
-- (or with an UPDATE of flag_rule, see docs/verification-flags.md).
create table flag_rule (
    kind        varchar(20) primary key,
    threshold   int         not null check (threshold > 0),  -- a flag is raised at this count (or points)
    window_days int         check (window_days > 0),          -- the period the count runs over, where it has one
    enabled     boolean     not null default true,
    changed_by  varchar(50) not null default 'system',
    changed_at  timestamptz not null default now()
);
insert into flag_rule (kind, threshold, window_days) values
    ('VISITS_HOUR', 8, null),        -- visits one member recorded in one clock hour, on the day of the visit
    ('VISITS_DAY', 30, null),        -- visits one member made on one day
    ('DESK_DAY', 1, null),           -- visits on a day the member served at a desk elsewhere
    ('MANY_FLUENT', 5, null),        -- residents turned FLUENT in one visit
    ('ALREADY_HAD', 1, null),        -- outcomes in one visit for items the resident already had
    ('REPEAT_NO_CHANGE', 4, 30),     -- visits to one household in window_days days, none with an outcome
    ('COVERED_JUMP', 30, 7);         -- points a team's covered rate rose in window_days days

-- One flag: a kind, the day it is about, the hamlet it counts at and what it names. Recomputing a
-- day replaces that day's flags; a flag found again keeps its review.
create table data_flag (
    id           bigserial   primary key,
    day          date        not null,
    kind         varchar(20) not null references flag_rule (kind),
    subject      varchar(60) not null,  -- what it is about: member, visit, household or team id
    unit_id      bigint      not null references admin_unit (id),
    unit_path    ltree       not null,
    reason       text        not null,
    member_id    bigint      references member (id),
    team_id      bigint      references team (id),
    household_id uuid        references household (id),
    visit_ids    uuid[]      not null default '{}',
    computed_at  timestamptz not null,
    review       varchar(9)  check (review in ('SEEN', 'DISMISSED')),
    reviewed_by  varchar(50),
    reviewed_at  timestamptz,
    constraint data_flag_once unique (day, kind, subject),
    constraint data_flag_review check ((review is null) = (reviewed_by is null))
);
create index data_flag_path on data_flag using gist (unit_path);
create index data_flag_day on data_flag (day);
