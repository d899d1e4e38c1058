-- Bulk imports of households and residents. A job row per uploaded file; the file's rows go
-- through unlogged staging tables (COPY in, set-based checks, merge in batches of whole
-- households) and are deleted when the job ends; only the job and its row errors are kept.
create table import_job (
    id                   uuid        primary key,
    status               varchar(10) not null,  -- QUEUED, RUNNING, DONE, FAILED, REFUSED
    file_name            text        not null,
    uploaded_by          varchar(50) not null,
    scope_path           ltree,                 -- the uploader's subtree; null for an administrator
    rows_read            integer     not null default 0,
    rows_valid           integer     not null default 0,
    rows_invalid         integer     not null default 0,
    households_created   integer     not null default 0,
    households_updated   integer     not null default 0,
    households_unchanged integer     not null default 0,
    error_key            varchar(60),           -- why the file was refused or the job failed
    error_arg            text,
    created_at           timestamptz not null default now(),
    started_at           timestamptz,
    finished_at          timestamptz
);
create index import_job_scope on import_job using gist (scope_path);
create index import_job_created on import_job (created_at desc);

-- What is wrong with a row, kept for the page, the API and the XLSX report.
create table import_error (
    import_id    uuid        not null references import_job (id),
    row_no       integer     not null,
    column_name  varchar(10) not null,  -- a column of the file (COMMUNE … CCCD) or ROW
    value        text,
    message_key  varchar(60) not null,
    message_arg  text
);
create index import_error_job on import_error (import_id, row_no);

-- One row per resident row of the file, written by COPY. Unlogged: it is rebuilt from the file
-- anyway, and skipping the WAL makes the copy cheaper.
create unlogged table import_row (
    import_id      uuid     not null,
    row_no         integer  not null,
    -- the cells as read (NFC, trimmed)
    commune_code   text     not null,
    hamlet         text     not null,
    code           text     not null,
    address        text     not null,
    full_name      text     not null,
    birth          text     not null,
    sex            text     not null,
    relation       text     not null,
    phone          text     not null,
    cccd           text     not null,
    -- what the reader derived from them
    commune_id     bigint,
    unit_id        bigint,
    unit_path      ltree,
    province_code  varchar(2),
    name_folded    text,
    birth_date     date,
    birth_year     smallint,
    sex_value      varchar(6),
    relation_value varchar(12),
    phone_value    varchar(10),
    cccd_cipher    bytea,
    cccd_hash      bytea,
    problems       text[],   -- COLUMN:message.key, found while reading
    primary key (import_id, row_no)
);

-- The households of a job's valid rows, numbered into merge batches.
create unlogged table import_household (
    import_id     uuid        not null,
    batch         integer     not null,
    commune_id    bigint      not null,
    code          text        not null,
    household_id  uuid        not null,
    existed       boolean     not null,
    unit_id       bigint      not null,
    unit_path     ltree       not null,
    province_code varchar(2)  not null,
    address       text        not null,
    outcome       varchar(10) not null,  -- CREATED, UPDATED, UNCHANGED
    primary key (import_id, commune_id, code)
);
create index import_household_batch on import_household (import_id, batch);

-- Each valid row with the resident it is (an existing one, or a new id).
create unlogged table import_match (
    import_id      uuid     not null,
    batch          integer  not null,
    row_no         integer  not null,
    household_id   uuid     not null,
    resident_id    uuid     not null,
    is_new         boolean  not null,
    full_name      text     not null,
    name_folded    text     not null,
    birth_date     date,
    birth_year     smallint not null,
    sex            varchar(6)  not null,
    relation       varchar(12) not null,
    phone          varchar(10),
    cccd_cipher    bytea,
    cccd_hash      bytea,
    primary key (import_id, row_no)
);
create index import_match_batch on import_match (import_id, batch);
