"""Benchmarks for allywatch: a GDELT 2.0 export generator, a loopback file server and timed scenarios.

Run them with `python -m benchmarks [--quick] [--scenario NAME ...]`; figures go to benchmarks/RESULTS.md.
Nothing here imports Prefect at module level: the runner sets PREFECT_API_URL first.
"""
