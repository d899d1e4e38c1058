-- Edits of a resident's name or phone, made on a phone (often offline) and sent later. The value
-- with the latest event time (when the member made the edit, not when it arrived) wins; every
-- edit is kept here, the ones that lost marked SUPERSEDED, so the team leader can look at them.
alter table resident add column full_name_edited_at timestamptz;
alter table resident add column phone_edited_at timestamptz;

create table resident_edit (
    id            uuid        not null,     -- made by the phone: the same edit sent twice is one edit
    resident_id   uuid        not null references resident (id),
    household_id  uuid        not null references household (id),
    field         varchar(12) not null,     -- FULL_NAME, PHONE
    value         text,
    previous      text,
    edited_at     timestamptz not null,     -- on the phone
    recorded_by   varchar(50) not null,
    received_at   timestamptz not null default now(),
    outcome       varchar(12) not null,     -- APPLIED, SUPERSEDED
    primary key (id, field)
);
create index resident_edit_household on resident_edit (household_id, edited_at desc);
