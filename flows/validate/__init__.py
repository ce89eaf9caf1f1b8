"""Validate stage: Great Expectations suites (expectations/*.json) run on every batch before load."""
