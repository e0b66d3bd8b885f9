"""Metrics, search telemetry, query drift, logs, the canary and offline evaluation."""
