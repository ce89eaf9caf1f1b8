-- reads: nothing
-- writes: nothing
-- Every column of the tables and views of one attached database ($catalog, schema main), in order, with
-- its type and the comments of the column and of its table or view, read from DuckDB's catalog
-- functions: what the data dictionary comments, checks and documents.
select
    c.table_name,
    v.view_name is not null as is_view,
    coalesce(t.comment, v.comment) as table_comment,
    c.column_name,
    c.data_type,
    c.comment as column_comment
from duckdb_columns() as c
left join duckdb_tables() as t
    on t.database_name = c.database_name and t.schema_name = c.schema_name and t.table_name = c.table_name
left join duckdb_views() as v
    on v.database_name = c.database_name and v.schema_name = c.schema_name and v.view_name = c.table_name
where c.database_name = $catalog and c.schema_name = 'main'
order by c.table_name, c.column_index;
