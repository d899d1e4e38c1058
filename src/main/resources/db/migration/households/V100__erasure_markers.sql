-- Withdrawing consent erases a resident's name, birth day, phone and citizen ID. Two keyed hashes
-- (HMAC-SHA256 with the citizen-ID hash key, not reversible without it) stay, so that a later
-- import of the same person's row is recognised and not written again: the citizen ID's hash
-- (kept apart from cccd_hash, whose unique index leaves the number free for someone else) and a
-- hash of the household, the folded name and the birth year. Residents erased before have none.
alter table resident add column erased_cccd_hash bytea,
    add column erased_person_hash bytea;
create index resident_erased_cccd on resident (erased_cccd_hash) where erased_cccd_hash is not null;
create index resident_erased_person on resident (household_id) where erased_person_hash is not null;
