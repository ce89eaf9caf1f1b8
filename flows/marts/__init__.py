"""Marts stage: the BI snapshot, Parquet marts, the dyad summary and the HTML report."""
