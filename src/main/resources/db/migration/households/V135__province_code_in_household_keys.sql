-- Every large table carries its province's code, and the code leads its primary key and every
-- foreign key between them (issue 20, item 4): the schema a distributed PostgreSQL (Citus) needs to
-- place a province's households, residents, profiles and visits together on one node, sharded by
-- province_code, with every key and join between them local to that node. See docs/scaling.md,
-- "Distribution by province code".
--
-- Today, on one PostgreSQL, the foreign keys cascade a province code that changes (a province
-- merged into another, CachedPaths) from the household to everything under it; they are
-- deferrable so that a reorganisation can move tables in any order within its transaction.
-- This migration does the household module's tables; V136 (outreach), V137 (verification) and
-- V138 (sync) do theirs. Dropping the old keys drops the foreign keys that used them.

-- filling the new column changes no resident or profile a phone holds: not a change to log (a
-- national database would otherwise log its 100 million residents, and every phone pull them again)
alter table resident disable trigger resident_changes_update;
alter table readiness disable trigger readiness_changes_update;

alter table resident add column province_code varchar(2);
update resident r set province_code = h.province_code from household h where h.id = r.household_id;
alter table resident alter column province_code set not null;

alter table readiness add column province_code varchar(2);
update readiness g set province_code = r.province_code from resident r where r.id = g.resident_id;
alter table readiness alter column province_code set not null;

alter table readiness_event add column province_code varchar(2);
update readiness_event e set province_code = r.province_code from resident r where r.id = e.resident_id;
alter table readiness_event alter column province_code set not null;

alter table resident enable trigger resident_changes_update;
alter table readiness enable trigger readiness_changes_update;

alter table resident_edit add column province_code varchar(2);
update resident_edit e set province_code = h.province_code from household h where h.id = e.household_id;
alter table resident_edit alter column province_code set not null;

alter table household_move add column province_code varchar(2);
update household_move m set province_code = h.province_code from household h where h.id = m.household_id;
alter table household_move alter column province_code set not null;

alter table household drop constraint household_pkey cascade;
alter table household add primary key (province_code, id);
alter table household drop constraint household_code_in_commune;
alter table household add constraint household_code_in_commune unique (province_code, commune_id, code);

alter table resident drop constraint resident_pkey cascade;
alter table resident add primary key (province_code, id);
alter table resident add constraint resident_household foreign key (province_code, household_id)
    references household (province_code, id) on update cascade deferrable;

alter table readiness drop constraint readiness_pkey;
alter table readiness add primary key (province_code, resident_id, item);
alter table readiness add constraint readiness_resident foreign key (province_code, resident_id)
    references resident (province_code, id) on update cascade deferrable;

alter table readiness_event drop constraint readiness_event_pkey;
alter table readiness_event add primary key (province_code, id);
alter table readiness_event add constraint readiness_event_resident foreign key (province_code, resident_id)
    references resident (province_code, id) on update cascade deferrable;

alter table resident_edit drop constraint resident_edit_pkey;
alter table resident_edit add primary key (province_code, id, field);
alter table resident_edit add constraint resident_edit_resident foreign key (province_code, resident_id)
    references resident (province_code, id) on update cascade deferrable;
alter table resident_edit add constraint resident_edit_household foreign key (province_code, household_id)
    references household (province_code, id) on update cascade deferrable;

alter table household_move drop constraint household_move_pkey;
alter table household_move add primary key (province_code, id);
alter table household_move add constraint household_move_household foreign key (province_code, household_id)
    references household (province_code, id) on update cascade deferrable;
