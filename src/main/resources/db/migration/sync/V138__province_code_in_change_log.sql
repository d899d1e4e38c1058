-- The change log carries the province of the household it names, first in its key (V135): a
-- phone pulls its hamlet's changes from its province's rows, which a distributed database keeps
-- on one node, where the (xid, seq) cursor's order holds.

alter table change_log add column province_code varchar(2);
update change_log c set province_code = h.province_code from household h where h.id = c.household_id;
-- a household no longer there: the province at the top of the path it was at
update change_log c set province_code = u.province_code from admin_unit u
where c.province_code is null and u.path = subpath(c.unit_path, 0, 1);
alter table change_log alter column province_code set not null;
alter table change_log drop constraint change_log_pkey;
alter table change_log add primary key (province_code, xid, seq);

create or replace function change_log_households() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' then
        insert into change_log (province_code, household_id, unit_path)
        select n.province_code, n.id, n.unit_path from new_rows n
        union
        select o.province_code, o.id, o.unit_path from old_rows o join new_rows n on n.id = o.id
        where o.unit_path <> n.unit_path;
    else
        insert into change_log (province_code, household_id, unit_path)
        select n.province_code, n.id, n.unit_path from new_rows n;
    end if;
    return null;
end $$;

create or replace function change_log_residents() returns trigger language plpgsql as $$
begin
    if (select count(*) from new_rows) < 50000 then
        insert into change_log (province_code, household_id, unit_path)
        select h.province_code, h.id, h.unit_path
        from (select distinct province_code, household_id from new_rows) n
        cross join lateral (select h.province_code, h.id, h.unit_path from household h
                            where h.province_code = n.province_code and h.id = n.household_id) h;
    else
        insert into change_log (province_code, household_id, unit_path)
        select distinct h.province_code, h.id, h.unit_path
        from new_rows n join household h on h.province_code = n.province_code and h.id = n.household_id;
    end if;
    return null;
end $$;

create or replace function change_log_readiness() returns trigger language plpgsql as $$
begin
    insert into change_log (province_code, household_id, unit_path)
    select distinct h.province_code, h.id, h.unit_path
    from new_rows n join resident r on r.province_code = n.province_code and r.id = n.resident_id
    join household h on h.province_code = r.province_code and h.id = r.household_id;
    return null;
end $$;
