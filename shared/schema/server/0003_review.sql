-- Every review decision on a household, in order: who decided what, from which device,
-- on which revision, and the status it moved from and to (domain.md §3 step 3, §7).
CREATE TABLE review_history (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    household_id TEXT NOT NULL,
    project_id TEXT NOT NULL,
    decision TEXT NOT NULL CHECK (decision IN ('approve', 'return')),
    comment TEXT,
    reviewer TEXT NOT NULL,           -- user id
    device TEXT,
    at TEXT NOT NULL,
    from_status TEXT NOT NULL,
    to_status TEXT NOT NULL,
    household_rev INTEGER NOT NULL    -- the rev the decision produced
);
CREATE INDEX review_history_household ON review_history(household_id, id);
