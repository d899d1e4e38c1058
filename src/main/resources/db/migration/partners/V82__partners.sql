-- Partner enterprises (postal, telecom, IT companies, banks) that support the teams, the units
-- they cover, their support entries, and the accounts of their people (role PARTNER).
create table partner (
    id            uuid         primary key,
    name          text         not null,
    name_folded   text         not null,
    kind          varchar(10)  not null check (kind in ('POSTAL', 'TELECOM', 'IT', 'BANK')),
    contact_name  text,
    contact_phone varchar(10),   -- personal data: shown masked below commune level
    contact_email text,
    created_by    varchar(50)  not null,
    created_at    timestamptz  not null default now()
);

create table partner_unit (
    partner_id uuid   not null references partner (id),
    unit_id    bigint not null references admin_unit (id),
    unit_path  ltree  not null,
    primary key (partner_id, unit_id)
);
create index partner_unit_path on partner_unit using gist (unit_path);

create table partner_support (
    id            uuid         primary key,
    partner_id    uuid         not null references partner (id),
    kind          varchar(20)  not null check (kind in ('EVENT', 'SIMS_PHONES', 'DESK_STAFF_DAYS')),
    on_date       date         not null,
    unit_id       bigint       not null references admin_unit (id),
    unit_path     ltree        not null,
    province_code varchar(2)   not null,
    quantity      integer      not null check (quantity > 0),
    -- The outreach session or service-desk day the support went to. Those records are built on
    -- another branch: the UUID is kept here WITHOUT a foreign key until they are merged, when the
    -- constraints (references outreach_session / desk_day) are added by a later migration.
    session_id    uuid,
    desk_day_id   uuid,
    note          text,
    created_by    varchar(50)  not null,
    created_at    timestamptz  not null default now()
);
create index partner_support_partner on partner_support (partner_id, on_date desc);
create index partner_support_path on partner_support using gist (unit_path);

-- Which partner a PARTNER account speaks for.
create table partner_account (
    user_id    bigint primary key references app_user (id),
    partner_id uuid   not null references partner (id)
);
