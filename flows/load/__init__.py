"""Load stage: the DuckDB warehouse, its migrations, the ledger, the writer lock, the GDELT and text loads,
recode and quarantine replay (the BI snapshot is published by flows/marts/snapshot.py)."""
