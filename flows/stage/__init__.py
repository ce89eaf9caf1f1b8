"""Before the writer: parse, type, scope, triage and validate what was collected (no warehouse writes)."""
