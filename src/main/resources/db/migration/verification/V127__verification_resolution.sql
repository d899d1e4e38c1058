-- A visit its resident did not confirm is open until an officer decides (issue 18): COUNTED, the
-- visit was real after all (its outcomes count again), or REMOVED, it was not (its outcomes stay out
-- of every figure, whatever ngoso.verification.exclude-not-confirmed says). A new result clears it.
alter table verification_item add column resolved_as varchar(7) check (resolved_as in ('COUNTED', 'REMOVED'));
alter table verification_item add constraint verification_item_resolved
    check ((resolved_as is null) = (resolved_by is null) and (resolved_as is null or result = 'NOT_CONFIRMED'));
