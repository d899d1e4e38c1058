-- Citizen feedback (phản ánh, kiến nghị): categories with a deadline in working days, the
-- holiday calendar the deadlines skip, agencies, the routing table, the items and their history.

create table feedback_category (
    code          varchar(30) primary key,
    name          text        not null,
    name_en       text        not null,
    deadline_days int         not null check (deadline_days between 1 and 60),
    sort_order    int         not null
);
insert into feedback_category (code, name, name_en, deadline_days, sort_order) values
    ('PUBLIC_SERVICES', 'Dịch vụ công trực tuyến', 'Online public services', 10, 1),
    ('VNEID', 'Định danh điện tử (VNeID)', 'Electronic identity (VNeID)', 7, 2),
    ('NETWORK', 'Sóng di động, Internet', 'Mobile network and Internet coverage', 10, 3),
    ('ONLINE_PAYMENT', 'Thanh toán trực tuyến', 'Online payment', 7, 4),
    ('PROVINCIAL_APP', 'Ứng dụng của tỉnh', 'The provincial app', 5, 5),
    ('OTHER', 'Khác', 'Other', 15, 6);

-- Days off besides weekends: public holidays and the days off the government announces around
-- them (Tết, compensatory days). A year whose notice differs is corrected by a new migration.
create table holiday (
    day  date primary key,
    name text not null
);
insert into holiday (day, name) values
    ('2024-01-01', 'Tết Dương lịch'),
    ('2024-02-08', 'Tết Nguyên đán'), ('2024-02-09', 'Tết Nguyên đán'), ('2024-02-12', 'Tết Nguyên đán'),
    ('2024-02-13', 'Tết Nguyên đán'), ('2024-02-14', 'Tết Nguyên đán'),
    ('2024-04-18', 'Giỗ Tổ Hùng Vương'),
    ('2024-04-29', 'Nghỉ hoán đổi 30/4'), ('2024-04-30', 'Ngày Giải phóng miền Nam'), ('2024-05-01', 'Quốc tế Lao động'),
    ('2024-09-02', 'Quốc khánh'), ('2024-09-03', 'Quốc khánh'),
    ('2025-01-01', 'Tết Dương lịch'),
    ('2025-01-27', 'Tết Nguyên đán'), ('2025-01-28', 'Tết Nguyên đán'), ('2025-01-29', 'Tết Nguyên đán'),
    ('2025-01-30', 'Tết Nguyên đán'), ('2025-01-31', 'Tết Nguyên đán'),
    ('2025-04-07', 'Giỗ Tổ Hùng Vương'),
    ('2025-04-30', 'Ngày Giải phóng miền Nam'), ('2025-05-01', 'Quốc tế Lao động'), ('2025-05-02', 'Nghỉ hoán đổi 30/4'),
    ('2025-09-01', 'Quốc khánh'), ('2025-09-02', 'Quốc khánh'),
    ('2026-01-01', 'Tết Dương lịch'),
    ('2026-02-16', 'Tết Nguyên đán'), ('2026-02-17', 'Tết Nguyên đán'), ('2026-02-18', 'Tết Nguyên đán'),
    ('2026-02-19', 'Tết Nguyên đán'), ('2026-02-20', 'Tết Nguyên đán'),
    ('2026-04-27', 'Giỗ Tổ Hùng Vương (nghỉ bù)'),
    ('2026-04-30', 'Ngày Giải phóng miền Nam'), ('2026-05-01', 'Quốc tế Lao động'),
    ('2026-09-01', 'Quốc khánh'), ('2026-09-02', 'Quốc khánh'),
    ('2027-01-01', 'Tết Dương lịch'),
    ('2027-02-04', 'Tết Nguyên đán'), ('2027-02-05', 'Tết Nguyên đán'), ('2027-02-08', 'Tết Nguyên đán'),
    ('2027-02-09', 'Tết Nguyên đán'), ('2027-02-10', 'Tết Nguyên đán'),
    ('2027-04-16', 'Giỗ Tổ Hùng Vương'),
    ('2027-04-30', 'Ngày Giải phóng miền Nam'), ('2027-05-03', 'Quốc tế Lao động (nghỉ bù)'),
    ('2027-09-02', 'Quốc khánh'), ('2027-09-03', 'Quốc khánh');

-- Agencies that answer feedback: a department, the police, a district or commune office...
create table agency (
    id        bigserial primary key,
    code      varchar(30) not null unique,
    name      text        not null,
    unit_id   bigint      not null references admin_unit (id),
    unit_path ltree       not null
);
create index agency_path on agency using gist (unit_path);

-- Officers (accounts with role AGENCY) and the agencies they answer for.
create table agency_officer (
    username  varchar(50) not null,
    agency_id bigint      not null references agency (id),
    primary key (username, agency_id)
);

-- Category × unit → agency. An item goes to the route of its unit or, failing that, of the
-- nearest unit above it.
create table feedback_route (
    category   varchar(30) not null references feedback_category (code),
    unit_id    bigint      not null references admin_unit (id),
    agency_id  bigint      not null references agency (id),
    updated_by varchar(50) not null,
    updated_at timestamptz not null default now(),
    primary key (category, unit_id)
);

create table feedback (
    id               uuid         primary key,
    reference        varchar(14)  not null unique,  -- what the citizen keeps: PA-XXXX-XXXX
    category         varchar(30)  not null references feedback_category (code),
    description      text         not null,
    unit_id          bigint       not null references admin_unit (id),
    unit_path        ltree        not null,
    province_code    varchar(2)   not null,
    lat              numeric(8, 5),
    lon              numeric(8, 5),
    contact_name     text,         -- personal data: only with consent, shown to the agency only
    contact_phone    varchar(10),
    contact_consent_at timestamptz,
    channel          varchar(10)  not null,  -- WEB, VISIT, HOTLINE, API
    status           varchar(12)  not null,  -- RECEIVED, ROUTED, IN_PROGRESS, ANSWERED, CLOSED, REOPENED
    agency_id        bigint references agency (id),
    received_at      timestamptz  not null,
    first_due_on     date         not null,  -- the deadline the figures measure against, never moved
    due_on           date         not null,  -- the current deadline (moves on escalation and reopening)
    escalation_level int          not null default 0,
    first_answered_at timestamptz,           -- the figures count the first answer
    answered_at      timestamptz,
    answer           text,
    reopened_at      timestamptz,
    closed_at        timestamptz,
    updated_at       timestamptz  not null,
    constraint feedback_contact_consent check (contact_phone is null and contact_name is null or contact_consent_at is not null),
    constraint feedback_lat_lon check ((lat is null) = (lon is null))
);
create index feedback_path on feedback using gist (unit_path);
create index feedback_agency on feedback (agency_id, status);
create index feedback_open_due on feedback (due_on) where status not in ('ANSWERED', 'CLOSED');

create table feedback_event (
    id          bigserial   primary key,
    feedback_id uuid        not null references feedback (id),
    at          timestamptz not null,
    actor       varchar(50) not null,
    action      varchar(12) not null,  -- RECEIVE, ROUTE, ACCEPT, ANSWER, REROUTE, ESCALATE, REOPEN, CLOSE
    status      varchar(12) not null,
    agency_id   bigint references agency (id),
    note        text
);
create index feedback_event_item on feedback_event (feedback_id, at);
