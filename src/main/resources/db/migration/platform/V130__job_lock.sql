-- Scheduled jobs run once across the application nodes (ClusterJobs): a run claims its job's row
-- while locked_until has passed, and holds it at least a minimum (so that a second node firing a
-- few seconds later does not run it again) and at most a maximum (so that a dead node does not
-- block it for ever).
create table job_lock (
    name         varchar(60) primary key,
    locked_until timestamptz not null,
    locked_by    text        not null,
    last_run_at  timestamptz not null,
    runs         bigint      not null default 0
);
