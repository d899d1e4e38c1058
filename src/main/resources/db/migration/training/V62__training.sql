-- Training of the teams' members: courses (run by the department, a district, or the national
-- online course), their sessions with attendance, and completion per member.
create table course (
    id          bigserial    primary key,
    kind        varchar(20)  not null check (kind in ('DEPARTMENT', 'DISTRICT', 'ONLINE')),
    title       varchar(200) not null,
    -- the organising unit (the province for the department, a district); null for the national online course
    unit_id     bigint       references admin_unit (id),
    unit_path   ltree,
    created_by  varchar(50)  not null,
    created_at  timestamptz  not null default now()
);
create index course_path on course using gist (unit_path);

insert into course (kind, title, created_by) values ('ONLINE', 'Phổ cập kỹ năng số cộng đồng', 'system');

-- the client makes the id, so a session sent twice is written once
create table training_session (
    id         uuid         primary key,
    course_id  bigint       not null references course (id),
    held_on    date         not null,
    trainer    varchar(200) not null,
    place      varchar(200),
    created_by varchar(50)  not null,
    created_at timestamptz  not null default now()
);
create index training_session_course on training_session (course_id, held_on desc);

create table training_attendance (
    session_id uuid   not null references training_session (id),
    member_id  bigint not null references member (id),
    primary key (session_id, member_id)
);
create index training_attendance_member on training_attendance (member_id);

create table training_completion (
    course_id      bigint      not null references course (id),
    member_id      bigint      not null references member (id),
    completed_on   date        not null,
    certificate_no varchar(50),
    recorded_by    varchar(50) not null,
    created_at     timestamptz not null default now(),
    primary key (course_id, member_id)
);
create index training_completion_member on training_completion (member_id);
