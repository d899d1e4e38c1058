-- The administrative tree. A code is only meaningful with its dates: codes are reused by new
-- units after a reorganisation, so (code, valid_from) identifies a version of a unit.
create extension if not exists ltree;
create extension if not exists pg_trgm;

create table admin_unit (
    id            bigserial primary key,
    code          varchar(20)  not null,
    name          text         not null,
    name_folded   text         not null,  -- lower case, no diacritics: what search matches
    type          varchar(20)  not null,  -- TINH, THANH_PHO, THI_XA, HUYEN, PHUONG, XA, THI_TRAN, AP, KHU_PHO
    level         smallint     not null,  -- 1 province, 2 district, 3 commune, 4 hamlet: a kind, not a depth
    parent_id     bigint references admin_unit (id),
    path          ltree        not null,  -- ids from the root down to this unit
    province_code varchar(2)   not null,
    valid_from    date         not null,
    valid_to      date,
    source        varchar(40)  not null,  -- the official list it came from, or LOCAL for hamlets
    created_at    timestamptz  not null default now(),
    constraint admin_unit_code_version unique (code, valid_from),
    constraint admin_unit_validity check (valid_to is null or valid_to >= valid_from)
);

create index admin_unit_path on admin_unit using gist (path);
create index admin_unit_parent on admin_unit (parent_id);
create index admin_unit_name_trgm on admin_unit using gin (name_folded gin_trgm_ops);

-- Names are unique among the open children of a unit (case aside; "Tân Thạnh" and "Tân Thành"
-- are two communes, so diacritics count).
create unique index admin_unit_sibling_name on admin_unit (parent_id, lower(name)) where valid_to is null;

create table official_list (
    name       varchar(40) primary key,
    loaded_at  timestamptz not null default now(),
    unit_count int         not null
);
