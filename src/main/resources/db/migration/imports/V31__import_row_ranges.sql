-- The merge reads a batch's rows straight from import_row: each household keeps the span of
-- rows it was read from, and import_match (a second copy of every valid row) goes. The staging
-- tables only ever hold rows of running jobs, and none runs while the schema changes.
truncate import_household, import_row;
drop table import_match;
alter table import_household
    add column first_row integer not null,  -- the household's first and last row in the file
    add column last_row  integer not null,
    add column rows      integer not null,  -- how many rows it has
    add column differs   boolean not null;  -- it existed, with another hamlet or address
-- Only there to catch a household twice: a province's 480,000 keys compare faster byte-wise
-- than by the database's collation, and equality is the same.
alter table import_household drop constraint import_household_pkey;
create unique index import_household_key on import_household (import_id, commune_id, code collate "C");
-- The hamlet's path and province are looked up once per household, not copied on every row.
-- The id a row gets if it becomes a new resident is drawn while the file is read, on the
-- application's core, rather than one by one inside the merge.
alter table import_row drop column unit_path, drop column province_code,
    add column resident_id uuid not null;
