-- Hot rows (issue 20): a write no longer adds its figures to the rows of the district and the
-- province, which every writer of a province had to take until commit. The rows are written for
-- the record's own unit and its ancestors of commune level or below (hamlet, commune); a unit
-- above the commune keeps only the figures of records sitting at it (none today). A district's or
-- province's figure is the sum, at read time, of the rows of its units of commune level or above
-- (docs/scaling.md, "Hot rows"). Hamlets always sit in a commune, so nothing is counted twice.
alter table figure rename to figure_row;
alter table figure_row rename constraint figure_pkey to figure_row_pkey;

-- Above the commune, a row held the unit's own records plus its children's rows: keep the own part.
create temp table figure_own on commit drop as
select unit_id, indicator, month, sum(value)::bigint as value, max(changed_at) as changed_at from (
    select f.unit_id, f.indicator, f.month, f.value, f.changed_at
    from figure_row f join admin_unit u on u.id = f.unit_id where u.level < 3
    union all
    select c.parent_id, f.indicator, f.month, -f.value, f.changed_at
    from figure_row f join admin_unit c on c.id = f.unit_id
    join admin_unit p on p.id = c.parent_id where p.level < 3) d
group by 1, 2, 3 having sum(value) <> 0;

delete from figure_row f using admin_unit u where u.id = f.unit_id and u.level < 3;
insert into figure_row (unit_id, indicator, month, value, changed_at)
select unit_id, indicator, month, value, changed_at from figure_own;

-- The units whose rows make a district's or province's figure, found under its path.
create index admin_unit_path_to_commune on admin_unit using gist (path) where level <= 3;

-- Every unit's rows as the table held them before, for reading by hand and for the tests that
-- recount: rows of commune level and below as stored, above it summed from the communes. The
-- application reads figure_row with the same rule (FigureRows), filtered before the sum.
create view figure as
select f.unit_id, f.indicator, f.month, f.value, f.changed_at
from figure_row f join admin_unit u on u.id = f.unit_id
where u.level >= 3
union all
select q.id, f.indicator, f.month, sum(f.value)::bigint, max(f.changed_at)
from admin_unit q
join admin_unit v on v.path <@ q.path and v.level <= 3
join figure_row f on f.unit_id = v.id
where q.level < 3
group by q.id, f.indicator, f.month;
