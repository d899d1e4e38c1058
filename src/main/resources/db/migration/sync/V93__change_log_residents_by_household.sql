-- A statement that wrote a few thousand residents (an import batch, a phone's visits) logs their
-- households by looking each one up by its key. The join below alone was planned as a hash join
-- over the whole household table from a few thousand rows on: a province's first import then read
-- every household already loaded once per batch, and slowed down as it went. A bulk COPY of a
-- whole province's residents still joins, which for it is the cheaper way.
create or replace function change_log_residents() returns trigger language plpgsql as $$
begin
    if (select count(*) from new_rows) < 50000 then
        insert into change_log (household_id, unit_path)
        select h.id, h.unit_path
        from (select distinct household_id from new_rows) n
        cross join lateral (select h.id, h.unit_path from household h where h.id = n.household_id) h;
    else
        insert into change_log (household_id, unit_path)
        select distinct h.id, h.unit_path from new_rows n join household h on h.id = n.household_id;
    end if;
    return null;
end $$;
