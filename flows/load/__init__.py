"""Load stage: the DuckDB warehouse, its migrations, the ledger, fact loads and the BI snapshot."""
