-- People who sign in, the API tokens they were issued, and the audit log of changes.
create table app_user (
    id            bigserial primary key,
    username      varchar(50)  not null unique,
    password_hash varchar(100) not null,
    display_name  text         not null,
    role          varchar(12)  not null,  -- ADMIN, PROVINCE, DISTRICT, COMMUNE, TEAM_LEADER, MEMBER
    unit_id       bigint references admin_unit (id),  -- null only for ADMIN
    team_id       bigint references team (id),        -- TEAM_LEADER and MEMBER
    member_id     bigint references member (id),      -- MEMBER
    enabled       boolean      not null default true,
    created_at    timestamptz  not null default now(),
    constraint app_user_scope check (role = 'ADMIN' or unit_id is not null),
    constraint app_user_team check (role not in ('TEAM_LEADER', 'MEMBER') or team_id is not null),
    constraint app_user_member check (role <> 'MEMBER' or member_id is not null)
);

-- Only a hash of each token is kept: a copy of the database does not let anyone call the API.
create table api_token (
    token_hash  char(64)    primary key,
    user_id     bigint      not null references app_user (id),
    issued_at   timestamptz not null default now(),
    expires_at  timestamptz not null
);
create index api_token_user on api_token (user_id);

create table audit_log (
    id           bigserial primary key,
    at           timestamptz not null default now(),
    actor        varchar(50) not null,
    actor_address varchar(64),
    entity_type  varchar(20) not null,
    entity_id    varchar(40) not null,
    action       varchar(20) not null,
    unit_path    ltree,                 -- where the changed thing sits: the log is read by scope
    before       jsonb,
    after        jsonb
);
create index audit_log_at on audit_log (at desc);
create index audit_log_entity on audit_log (entity_type, entity_id);
create index audit_log_unit on audit_log using gist (unit_path);
