-- Server-only tables: accounts, tokens, the project-wide change log, push receipts,
-- stored conflicts and the hash-chained audit log.

CREATE TABLE users (
    id TEXT PRIMARY KEY,
    username TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('surveyor', 'reviewer', 'admin')),
    password_hash TEXT NOT NULL,      -- "scrypt$N$r$p$salt_hex$hash_hex"
    disabled INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
);

CREATE TABLE user_projects (
    user_id TEXT NOT NULL REFERENCES users(id),
    project_id TEXT NOT NULL REFERENCES projects(id),
    PRIMARY KEY (user_id, project_id)
);

CREATE TABLE tokens (
    token_sha256 TEXT PRIMARY KEY,    -- only the hash is kept; the token itself is the secret
    user_id TEXT NOT NULL REFERENCES users(id),
    device_id TEXT NOT NULL,
    issued_at TEXT NOT NULL,
    expires_at INTEGER NOT NULL,      -- unix seconds
    revoked INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX tokens_device ON tokens(device_id);

-- One row per applied change; seq is the pull cursor and the record's new rev.
-- fields_json is the full record after the change, so a pull from 0 rebuilds a tablet.
CREATE TABLE change_log (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    project_id TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    op TEXT NOT NULL CHECK (op IN ('upsert', 'delete')),
    fields_json TEXT NOT NULL,
    change_id TEXT,
    user_id TEXT, device_id TEXT,
    at TEXT NOT NULL
);
CREATE INDEX change_log_project_seq ON change_log(project_id, seq);
CREATE INDEX change_log_entity ON change_log(entity_id, seq);

-- The first result of every change_id, so that a replayed change changes nothing.
CREATE TABLE push_receipts (
    change_id TEXT PRIMARY KEY,
    project_id TEXT NOT NULL,
    status TEXT NOT NULL,
    rev INTEGER NOT NULL,
    result_json TEXT NOT NULL,
    at TEXT NOT NULL
);

CREATE TABLE conflicts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    project_id TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    field TEXT NOT NULL,
    base_json TEXT, server_json TEXT, client_json TEXT,
    change_id TEXT NOT NULL,
    device_id TEXT, user_id TEXT,
    at TEXT NOT NULL,
    resolved_at TEXT, resolved_by TEXT
);
CREATE INDEX conflicts_project_open ON conflicts(project_id, resolved_at);

CREATE TABLE audit_log (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    actor TEXT,
    device_id TEXT,
    action TEXT NOT NULL,             -- dotted, e.g. household.push.upsert
    subject TEXT,
    detail_json TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL                -- SHA-256 over prev_hash and this row's canonical JSON
);
