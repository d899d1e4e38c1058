-- Tasks: clear person (assignee), clear work (done_means), clear progress (due_on, progress),
-- clear responsibility (accountable signs off). The assignee's unit path is copied so that a
-- coordinator's list is one subtree scan.
create table task (
    id                 bigserial primary key,
    reference          varchar(16)  not null unique,  -- human-readable, e.g. CV-26-7KQ3MX; citizen requests YC-...
    kind               varchar(16)  not null,         -- ASSIGNED, CITIZEN_REQUEST
    title              text         not null,
    done_means         text         not null,
    assignee_kind      varchar(6)   not null,         -- UNIT, TEAM, MEMBER
    assignee_unit_id   bigint       not null references admin_unit (id),
    assignee_team_id   bigint       references team (id),
    assignee_member_id bigint       references member (id),
    unit_path          ltree        not null,         -- the assignee's unit (the team's or member's hamlet)
    starts_on          date         not null,
    due_on             date         not null,
    progress           smallint     not null default 0,
    status             varchar(12)  not null,         -- NEW, IN_PROGRESS, DONE, SIGNED_OFF, OVERDUE
    accountable        varchar(50)  not null,         -- username of who signs it off
    created_by         varchar(50)  not null,
    contact_name       text,                          -- citizen requests only
    contact_phone      varchar(10),
    created_at         timestamptz  not null default now(),
    updated_at         timestamptz  not null default now(),
    overdue_since      date,                          -- set when the overdue job escalated it
    signed_off_at      timestamptz,
    constraint task_due_after_start check (due_on >= starts_on),
    constraint task_progress_range check (progress between 0 and 100)
);
create index task_unit_path on task using gist (unit_path);
-- what the overdue job looks at: open and not yet escalated
create index task_to_escalate on task (due_on) where overdue_since is null and status in ('NEW', 'IN_PROGRESS', 'OVERDUE');
create index task_team on task (assignee_team_id);
create index task_member on task (assignee_member_id);
create index task_accountable on task (accountable);

-- Comments and every change, in order: the task's history.
create table task_event (
    id        bigserial primary key,
    task_id   bigint      not null references task (id),
    at        timestamptz not null default now(),
    actor     varchar(50) not null,
    kind      varchar(12) not null,  -- CREATED, PROGRESS, COMMENT, SIGNED_OFF, OVERDUE
    progress  smallint,
    status    varchar(12),
    text      text
);
create index task_event_task on task_event (task_id, id);

-- In-app notifications (escalations of overdue tasks), by recipient.
create table notification (
    id         bigserial primary key,
    username   varchar(50) not null,
    at         timestamptz not null default now(),
    kind       varchar(20) not null,  -- TASK_OVERDUE
    task_id    bigint references task (id),
    read_at    timestamptz
);
create index notification_unread on notification (username) where read_at is null;
create index notification_user on notification (username, at desc);
