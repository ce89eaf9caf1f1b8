"""Collect stage: fetch source payloads into landing/ (raw bytes, content-addressed, immutable)."""
