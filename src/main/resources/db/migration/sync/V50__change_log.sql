-- The change feed the phones pull from. One row per household touched by a statement (the
-- household itself, a resident, a profile item), written by triggers in the writer's own
-- transaction, so no writer (service, import, generator) can forget it and nothing is written
-- if the change rolls back. The phone's unit of sync is the household: a row says "this
-- household changed under this hamlet", and the pull sends the household as it is now.
--
-- xid is the writer's transaction: a pull only hands out rows of transactions that had finished
-- when it looked (xid below the oldest still running), ordered by (xid, seq), so a transaction
-- that took its seq early and commits late is never skipped by a cursor that moved past it.
create table change_log (
    seq          bigserial   not null,
    xid          xid8        not null default pg_current_xact_id(),
    household_id uuid        not null,
    unit_path    ltree       not null,  -- where the household was (a move writes both hamlets)
    at           timestamptz not null default now(),
    primary key (xid, seq)
);
create index change_log_path on change_log using gist (unit_path);
create index change_log_at on change_log (at);

create function change_log_households() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' then
        insert into change_log (household_id, unit_path)
        select n.id, n.unit_path from new_rows n
        union
        select o.id, o.unit_path from old_rows o join new_rows n on n.id = o.id where o.unit_path <> n.unit_path;
    else
        insert into change_log (household_id, unit_path) select n.id, n.unit_path from new_rows n;
    end if;
    return null;
end $$;

create function change_log_residents() returns trigger language plpgsql as $$
begin
    insert into change_log (household_id, unit_path)
    select distinct h.id, h.unit_path from new_rows n join household h on h.id = n.household_id;
    return null;
end $$;

create function change_log_readiness() returns trigger language plpgsql as $$
begin
    insert into change_log (household_id, unit_path)
    select distinct h.id, h.unit_path
    from new_rows n join resident r on r.id = n.resident_id join household h on h.id = r.household_id;
    return null;
end $$;

-- Statement-level with transition tables: one insert per statement, however many rows it wrote
-- (an import batch, a COPY), and nothing when it wrote none.
create trigger household_changes_insert after insert on household
    referencing new table as new_rows for each statement execute function change_log_households();
create trigger household_changes_update after update on household
    referencing old table as old_rows new table as new_rows for each statement execute function change_log_households();
create trigger resident_changes_insert after insert on resident
    referencing new table as new_rows for each statement execute function change_log_residents();
create trigger resident_changes_update after update on resident
    referencing new table as new_rows for each statement execute function change_log_residents();
create trigger readiness_changes_insert after insert on readiness
    referencing new table as new_rows for each statement execute function change_log_readiness();
create trigger readiness_changes_update after update on readiness
    referencing new table as new_rows for each statement execute function change_log_readiness();

-- Log rows up to this transaction have been pruned: a cursor older than that pulls the full set again.
create table change_log_pruned (
    upto_xid  xid8        not null,
    pruned_at timestamptz not null default now()
);
