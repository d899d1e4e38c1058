-- Values the platform cannot see (police, State Bank, 1022, ...), entered per unit and span of
-- months by an officer and approved by the level above. Only APPROVED rows reach figures; a
-- newer approved value for the same unit, indicator and months supersedes an older one, which
-- stays for the record.
create table reported_value (
    id           uuid         primary key,
    unit_id      bigint       not null references admin_unit (id),
    unit_path    ltree        not null,  -- the unit's path: "everything under X" is one indexed query
    indicator    varchar(40)  not null,
    period_from  date         not null,  -- first day of the first month
    period_to    date         not null,  -- first day of the last month
    value        numeric      not null,
    note         text,
    status       varchar(10)  not null,
    entered_by   varchar(50)  not null,
    entered_at   timestamptz  not null default now(),
    updated_at   timestamptz  not null default now(),
    submitted_at timestamptz,
    decided_by   varchar(50),
    decided_at   timestamptz,
    constraint reported_value_status check (status in ('DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED')),
    constraint reported_value_months check (extract(day from period_from) = 1 and extract(day from period_to) = 1
        and period_to >= period_from),
    constraint reported_value_not_negative check (value >= 0),
    constraint reported_value_decided check (status not in ('APPROVED', 'REJECTED') or decided_at is not null)
);

-- One open value (draft or awaiting approval) per unit, indicator and span of months.
create unique index reported_value_open on reported_value (unit_id, indicator, period_from, period_to)
    where status in ('DRAFT', 'SUBMITTED');
-- Figures read approved values under a path; the approval queue reads submitted ones.
create index reported_value_approved on reported_value using gist (unit_path) where status = 'APPROVED';
create index reported_value_submitted on reported_value using gist (unit_path) where status = 'SUBMITTED';
create index reported_value_path on reported_value using gist (unit_path);
create index reported_value_author on reported_value (entered_by, status);

-- Every step of a value's life: who, when, with which comment, and the value at that moment.
create table reported_value_step (
    id          bigserial    primary key,
    value_id    uuid         not null references reported_value (id) on delete cascade,
    action      varchar(10)  not null,  -- ENTERED, EDITED, SUBMITTED, APPROVED, REJECTED
    status      varchar(10)  not null,  -- the status after the step
    actor       varchar(50)  not null,
    at          timestamptz  not null default clock_timestamp(),
    comment     text,
    value       numeric      not null,
    period_from date         not null,
    period_to   date         not null
);
create index reported_value_step_value on reported_value_step (value_id, id);
