-- A row can be reported without being an error: a NOTICE (the person withdrew consent, so the row
-- is not imported) does not skip the rest of its household. Notices are counted apart.
alter table import_error add column severity varchar(6) not null default 'ERROR';  -- ERROR, NOTICE
alter table import_job add column rows_noticed integer not null default 0;
-- A staged row with a notice is left out of the merge.
alter table import_row add column noticed boolean not null default false;
