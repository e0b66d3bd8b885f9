"""Who may do what: API keys kept in the store, scoped to actions and catalogs, and the audit trail of changes."""
