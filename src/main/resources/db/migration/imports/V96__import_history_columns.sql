-- The household file's optional columns after the first ten: the household's registration date
-- and one column per readiness item (a commune's register with its history). The staging tables
-- only ever hold rows of running jobs, and none runs while the schema changes.
alter table import_row
    add column extra         text[],  -- the optional columns' cells as read, null when all are empty
    add column registered_on date,    -- Ngày đăng ký hộ, null when blank
    add column ready         text[];  -- ITEM:yyyy-MM-dd, or ITEM: when the date is not known
alter table import_household
    add column registered_on date,    -- new: the file's date or the import day; existing: a new date from the file, else null
    add column ready boolean not null default false;  -- some of its rows say a readiness item
-- An error names its column: the readiness columns' names are longer than the first ten's.
alter table import_error alter column column_name type varchar(30);
