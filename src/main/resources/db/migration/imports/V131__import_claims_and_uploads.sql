-- Imports run on any application node: a node claims a queued job (claimed_by) and keeps its
-- heartbeat fresh while it runs; a running job whose heartbeat went stale (its node died) is
-- claimed by another node and run again from the stored file. The uploader's role and unit let
-- that node rebuild the scope the job runs with.
alter table import_job add column claimed_by text;
alter table import_job add column heartbeat_at timestamptz;
alter table import_job add column scope_role varchar(12);
alter table import_job add column scope_unit_id bigint;
create index import_job_unfinished on import_job (created_at) where status in ('QUEUED', 'RUNNING');

-- The uploaded file, in parts of 1 MB, readable by every node; deleted when the job ends.
-- No foreign key: the parts are written while the upload streams in, before the job row exists.
create table import_upload (
    job_id     uuid        not null,
    part       integer     not null,
    bytes      bytea       not null,
    stored_at  timestamptz not null default now(),
    primary key (job_id, part)
);
