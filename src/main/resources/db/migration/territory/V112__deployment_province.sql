-- The province this deployment serves, chosen by its administrator on the first-run page.
-- One row at most; who chose it and when are kept here, every change is in the audit log too.
create table deployment_province (
    only_one boolean     primary key default true check (only_one),
    unit_id  bigint      not null references admin_unit (id),
    set_by   varchar(50) not null,
    set_at   timestamptz not null default now()
);
