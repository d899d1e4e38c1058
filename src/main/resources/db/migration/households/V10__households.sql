-- Households and their residents. Personal data (CCCD) is stored encrypted with a key kept out
-- of the database, and found through a keyed hash.
create table household (
    id            uuid        primary key,
    unit_id       bigint      not null references admin_unit (id),  -- the hamlet
    commune_id    bigint      not null references admin_unit (id),
    unit_path     ltree       not null,
    province_code varchar(2)  not null,
    code          varchar(30) not null,  -- as the commune keeps it
    address       text        not null,
    covered       boolean     not null default false,  -- a resident is digitally fluent
    last_visit_on date,
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now(),
    constraint household_code_in_commune unique (commune_id, code)
);
create index household_path on household using gist (unit_path);
create index household_unit on household (unit_id);
-- "Households to visit": not covered first, never visited first, per hamlet.
create index household_to_visit on household (unit_id, covered, last_visit_on nulls first);

create table resident (
    id             uuid        primary key,
    household_id   uuid        not null references household (id),
    full_name      text        not null,  -- initials only once consent is withdrawn
    name_folded    text        not null,
    birth_date     date,
    birth_year     smallint    not null,
    sex            varchar(6)  not null,
    relation       varchar(12) not null,
    phone          varchar(10),
    cccd_cipher    bytea,                 -- AES-GCM, key from configuration
    cccd_hash      bytea,                 -- HMAC-SHA256, for lookups and duplicates
    consent_at     timestamptz,
    consent_method varchar(12),           -- PAPER, VERBAL, APP
    consent_by     varchar(50),
    erased_at      timestamptz,           -- consent withdrawn: personal fields erased
    created_at     timestamptz not null default now(),
    updated_at     timestamptz not null default now()
);
create index resident_household on resident (household_id);
create unique index resident_cccd on resident (cccd_hash) where cccd_hash is not null;

-- The profile: one row per item a resident has reached, with the earliest date it became true.
create table readiness (
    resident_id  uuid        not null references resident (id),
    item         varchar(30) not null,
    since        date        not null,
    recorded_by  varchar(50) not null,
    visit_id     uuid,
    recorded_at  timestamptz not null default now(),
    primary key (resident_id, item)
);

-- Every recording of an item, never updated: the profile's history.
create table readiness_event (
    id           bigserial   primary key,
    resident_id  uuid        not null references resident (id),
    item         varchar(30) not null,
    on_date      date        not null,
    recorded_by  varchar(50) not null,
    visit_id     uuid,
    recorded_at  timestamptz not null default now()
);
create index readiness_event_resident on readiness_event (resident_id);
