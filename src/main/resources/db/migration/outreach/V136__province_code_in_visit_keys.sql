-- The visits' side of V135: a visit and what hangs from it carry the province code in their keys,
-- and reach their household and residents through it.

alter table visit_member add column province_code varchar(2);
update visit_member m set province_code = v.province_code from visit v where v.id = m.visit_id;
alter table visit_member alter column province_code set not null;

alter table visit_outcome add column province_code varchar(2);
update visit_outcome o set province_code = v.province_code from visit v where v.id = o.visit_id;
alter table visit_outcome alter column province_code set not null;

alter table visit_evidence add column province_code varchar(2);
update visit_evidence e set province_code = v.province_code from visit v where v.id = e.visit_id;
alter table visit_evidence alter column province_code set not null;

alter table outreach_session_attendee add column province_code varchar(2);
update outreach_session_attendee a set province_code = r.province_code from resident r where r.id = a.resident_id;
alter table outreach_session_attendee alter column province_code set not null;

alter table visit drop constraint visit_pkey cascade;
alter table visit add primary key (province_code, id);
alter table visit add constraint visit_household foreign key (province_code, household_id)
    references household (province_code, id) on update cascade deferrable;

alter table visit_member drop constraint visit_member_pkey;
alter table visit_member add primary key (province_code, visit_id, member_id);
alter table visit_member add constraint visit_member_visit foreign key (province_code, visit_id)
    references visit (province_code, id) on update cascade deferrable;

alter table visit_outcome drop constraint visit_outcome_pkey;
alter table visit_outcome add primary key (province_code, visit_id, resident_id, item);
alter table visit_outcome add constraint visit_outcome_visit foreign key (province_code, visit_id)
    references visit (province_code, id) on update cascade deferrable;
alter table visit_outcome add constraint visit_outcome_resident foreign key (province_code, resident_id)
    references resident (province_code, id) on update cascade deferrable;

alter table visit_evidence drop constraint visit_evidence_pkey;
alter table visit_evidence add primary key (province_code, id);
alter table visit_evidence add constraint visit_evidence_visit foreign key (province_code, visit_id)
    references visit (province_code, id) on update cascade deferrable;

-- A session's attendees: the session is the commune's (small, not distributed); the resident is.
alter table outreach_session_attendee drop constraint outreach_session_attendee_pkey;
alter table outreach_session_attendee add primary key (province_code, session_id, resident_id);
alter table outreach_session_attendee add constraint outreach_session_attendee_resident
    foreign key (province_code, resident_id) references resident (province_code, id) on update cascade deferrable;
