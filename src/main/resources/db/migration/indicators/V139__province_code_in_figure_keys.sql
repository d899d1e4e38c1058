-- The figure rows carry their unit's province code, first in their key (V135): a province's rows
-- and deltas live with its households on a distributed database, and a province's dashboard reads
-- one node. A unit that moves into another province takes its rows along (FigureStore.applyTreeChange).
alter table figure_row add column province_code varchar(2);
update figure_row f set province_code = u.province_code from admin_unit u where u.id = f.unit_id;
delete from figure_row where province_code is null;  -- rows of no unit: a recompute never writes them
alter table figure_row alter column province_code set not null;
alter table figure_row drop constraint figure_row_pkey;
alter table figure_row add primary key (province_code, unit_id, indicator, month);

alter table figure_delta add column province_code varchar(2);
update figure_delta f set province_code = u.province_code from admin_unit u where u.id = f.unit_id;
delete from figure_delta where province_code is null;
alter table figure_delta alter column province_code set not null;
