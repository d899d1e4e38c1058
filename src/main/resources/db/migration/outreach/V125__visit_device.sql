-- The phone a visit was sent from (issue 18, "the same device token used by several members"): an
-- id the offline app makes once per phone and keeps across sign-ins, sent with each push. A token
-- or account belongs to one person, so only the phone can show one person recording for several.
-- Null for visits typed in a browser or sent before this column.
alter table visit add column device_id uuid;
create index visit_device on visit (device_id, visited_on) where device_id is not null;
