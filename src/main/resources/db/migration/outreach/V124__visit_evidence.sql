-- Photos of a visit's evidence (the signed consent, the installed app's screen). The image itself
-- is a file outside the database (ngoso.evidence.dir), named by this row's id; the row keeps what
-- an officer needs to find and trust it. unit_path is the visit's, so reading stays a subtree query.
create table visit_evidence (
    id          uuid        primary key,
    visit_id    uuid        not null references visit (id),
    unit_path   ltree       not null,
    kind        varchar(20) not null check (kind in ('CONSENT', 'APP_SCREEN')),
    bytes       integer     not null,
    width       integer     not null,
    height      integer     not null,
    recorded_by varchar(50) not null,
    recorded_at timestamptz not null default now()
);
create index visit_evidence_visit on visit_evidence (visit_id);
create index visit_evidence_path on visit_evidence using gist (unit_path);
