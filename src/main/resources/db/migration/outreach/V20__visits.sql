-- Door-to-door visits. The id is made by the client, so sending a visit twice is a no-op.
create table visit (
    id            uuid        primary key,
    household_id  uuid        not null references household (id),
    unit_path     ltree       not null,
    province_code varchar(2)  not null,
    visited_on    date        not null,
    recorded_by   varchar(50) not null,
    note          text,
    created_at    timestamptz not null default now()
);
create index visit_household on visit (household_id, visited_on desc);
create index visit_path on visit using gist (unit_path);

create table visit_member (
    visit_id  uuid   not null references visit (id),
    member_id bigint not null references member (id),
    primary key (visit_id, member_id)
);

create table visit_outcome (
    visit_id    uuid        not null references visit (id),
    resident_id uuid        not null references resident (id),
    item        varchar(30) not null,
    primary key (visit_id, resident_id, item)
);
