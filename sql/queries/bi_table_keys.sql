-- reads: nothing
-- writes: nothing
-- The primary keys, foreign keys, unique and check constraints of one table, from DuckDB's own catalog, for allywatch's SQLAlchemy
-- dialect (flows/marts/bi_dialect.py): $database and $schema null mean the current ones.
select
    constraint_type,
    constraint_name,
    constraint_column_names,
    referenced_table,
    referenced_column_names,
    expression
from duckdb_constraints()
where database_name = coalesce($database, current_database())
  and schema_name = coalesce($schema, current_schema())
  and table_name = $table
  and constraint_type in ('PRIMARY KEY', 'FOREIGN KEY', 'UNIQUE', 'CHECK')
order by constraint_index;
