-- Outreach sessions (buổi tuyên truyền) and service-desk support days. Ids are made by the
-- client, so sending a record twice is a no-op. Both carry the unit they count at (the
-- organising unit; the desk's province or commune) with its path and province code.
create table outreach_session (
    id            uuid         primary key,
    unit_id       bigint       not null references admin_unit (id),
    unit_path     ltree        not null,
    province_code varchar(2)   not null,
    held_on       date         not null,
    place         varchar(200) not null,
    topics        text[]       not null,
    attendees     integer      not null check (attendees >= 0),
    leaflets      integer      not null check (leaflets >= 0),
    -- names only until the partners module can be linked
    partners      text,
    notes         text,
    recorded_by   varchar(50)  not null,
    created_at    timestamptz  not null default now()
);
create index outreach_session_path on outreach_session using gist (unit_path);
create index outreach_session_unit on outreach_session (unit_id, held_on desc);

create table outreach_session_team (
    session_id uuid   not null references outreach_session (id),
    team_id    bigint not null references team (id),
    primary key (session_id, team_id)
);

-- residents picked from the registry, beside the head count
create table outreach_session_attendee (
    session_id  uuid not null references outreach_session (id),
    resident_id uuid not null references resident (id),
    primary key (session_id, resident_id)
);

-- A support day at the provincial Public Administration Service Centre (desk unit = the
-- province) or at a commune's one-stop desk (desk unit = the commune). A day ahead is planned
-- (no results yet); its results are recorded on the day or after.
create table service_desk_day (
    id               uuid        primary key,
    unit_id          bigint      not null references admin_unit (id),
    unit_path        ltree       not null,
    province_code    varchar(2)  not null,
    served_on        date        not null,
    accounts_helped  integer     check (accounts_helped >= 0),
    dossiers_online  integer     check (dossiers_online >= 0),
    payments_online  integer     check (payments_online >= 0),
    notes            text,
    recorded_by      varchar(50) not null,
    created_at       timestamptz not null default now(),
    constraint service_desk_day_results check (
        (accounts_helped is null) = (dossiers_online is null) and (accounts_helped is null) = (payments_online is null))
);
create index service_desk_day_path on service_desk_day using gist (unit_path);
create index service_desk_day_unit on service_desk_day (unit_id, served_on);

create table service_desk_member (
    day_id    uuid   not null references service_desk_day (id),
    member_id bigint not null references member (id),
    primary key (day_id, member_id)
);
