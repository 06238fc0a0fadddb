-- The recognition department role (认定部门, domain.md §2) and survey teams (调查组).

-- users.role gains 'department'. SQLite cannot change a CHECK in place, so the table is
-- rebuilt; its children (assignments, tokens) are set aside first, because dropping a parent
-- that rows still reference fails with foreign keys on, and restored unchanged after.
CREATE TABLE saved_user_projects AS SELECT * FROM user_projects;
CREATE TABLE saved_tokens AS SELECT * FROM tokens;
DROP TABLE user_projects;
DROP TABLE tokens;

CREATE TABLE users_rebuilt (
    id TEXT PRIMARY KEY,
    username TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('surveyor', 'reviewer', 'department', 'admin')),
    password_hash TEXT NOT NULL,      -- "scrypt$N$r$p$salt_hex$hash_hex"
    disabled INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
);
INSERT INTO users_rebuilt (id, username, name, role, password_hash, disabled, created_at)
    SELECT id, username, name, role, password_hash, disabled, created_at FROM users;
DROP TABLE users;
ALTER TABLE users_rebuilt RENAME TO users;

CREATE TABLE user_projects (
    user_id TEXT NOT NULL REFERENCES users(id),
    project_id TEXT NOT NULL REFERENCES projects(id),
    PRIMARY KEY (user_id, project_id)
);
INSERT INTO user_projects (user_id, project_id) SELECT user_id, project_id FROM saved_user_projects;

CREATE TABLE tokens (
    token_sha256 TEXT PRIMARY KEY,    -- only the hash is kept; the token itself is the secret
    user_id TEXT NOT NULL REFERENCES users(id),
    device_id TEXT NOT NULL,
    issued_at TEXT NOT NULL,
    expires_at INTEGER NOT NULL,      -- unix seconds
    revoked INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX tokens_device ON tokens(device_id);
INSERT INTO tokens (token_sha256, user_id, device_id, issued_at, expires_at, revoked)
    SELECT token_sha256, user_id, device_id, issued_at, expires_at, revoked FROM saved_tokens;
DROP TABLE saved_user_projects;
DROP TABLE saved_tokens;

-- Reviewers now work only in the projects they are assigned to, as surveyors do. So that an
-- upgrade takes nothing away from anybody, each reviewer is assigned to every project that
-- exists now; an admin narrows that afterwards.
INSERT OR IGNORE INTO user_projects (user_id, project_id)
    SELECT u.id, p.id FROM users u CROSS JOIN projects p WHERE u.role = 'reviewer';

-- A survey team of a project; the progress dashboard counts households per team.
CREATE TABLE teams (
    id TEXT PRIMARY KEY,
    project_id TEXT NOT NULL REFERENCES projects(id),
    name TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE UNIQUE INDEX teams_project_name ON teams(project_id, name);

-- A surveyor is in at most one team per project.
CREATE TABLE team_members (
    project_id TEXT NOT NULL REFERENCES projects(id),
    user_id TEXT NOT NULL REFERENCES users(id),
    team_id TEXT NOT NULL REFERENCES teams(id),
    PRIMARY KEY (project_id, user_id)
);
CREATE INDEX team_members_team ON team_members(team_id);
