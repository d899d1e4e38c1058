-- Verification (issue 18): a visit whose resident did not confirm it is "disputed" until the
-- officer resolves it. While the setting ngoso.verification.exclude-not-confirmed is on, its
-- outcomes count in no figure: the visit's guided households (outreach) and the profile items it
-- set (households' readiness rows it wrote). Both flags are set and cleared together, by the
-- outreach module, inside the live-figure change of the visit's household.
alter table visit add column disputed boolean not null default false;
alter table readiness add column disputed boolean not null default false;
