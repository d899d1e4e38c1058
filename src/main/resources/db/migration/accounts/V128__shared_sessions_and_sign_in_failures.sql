-- Several application nodes share one database: the web sessions and the sign-in throttle's
-- counts live here instead of in each node's memory.

-- Spring Session JDBC's tables, as its schema-postgresql.sql makes them (spring-session-jdbc 4.0);
-- made here so that Flyway owns the schema (spring.session.jdbc.initialize-schema=never).
create table spring_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);

-- The sign-in throttle's failures, one row per key ("account …", "device … …", or a client
-- address): how many, and when the last. Bounded like the in-memory table it replaces: past
-- ngoso.sign-in.max-entries rows of a kind, the least recently touched (by the sequence) go.
create sequence sign_in_failure_touch;
create table sign_in_failure (
    kind     varchar(10) not null,  -- ACCOUNT (an account, or a known device's count for it), ADDRESS
    key      text        not null,
    failures integer     not null,
    last_at  timestamptz not null,
    touched  bigint      not null default nextval('sign_in_failure_touch'),
    primary key (kind, key)
);
create index sign_in_failure_touched on sign_in_failure (kind, touched);
