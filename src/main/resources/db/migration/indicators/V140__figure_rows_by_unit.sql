-- Readers find a unit's figure rows by the unit alone (FigureRows: the dashboards, the report, the
-- API). With the province code first in the key (V139) the planner read the whole table for them:
-- a province's dashboard figures went from 12 to 87 ms at a hundredth of the national scale
-- (NationalTenthBenchmark). A non-unique index needs no shard column on a distributed database.
create index figure_row_unit on figure_row (unit_id, indicator, month);
