-- Tablet-only tables: the outbox of changes not yet accepted by the server, and the
-- pull cursor per project.

CREATE TABLE outbox (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    change_id TEXT NOT NULL UNIQUE,
    project_id TEXT NOT NULL,
    household_id TEXT,                -- for "what is not yet synced" per household
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    op TEXT NOT NULL,
    base_rev INTEGER NOT NULL,
    fields_json TEXT NOT NULL,
    created_at TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'conflict', 'rejected')),
    result_json TEXT
);
CREATE INDEX outbox_pending ON outbox(project_id, state, seq);
CREATE INDEX outbox_household ON outbox(household_id, state);

CREATE TABLE sync_state (
    project_id TEXT PRIMARY KEY,
    pull_cursor INTEGER NOT NULL DEFAULT 0,
    last_sync_at TEXT
);

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT
);
