-- Issued notices (domain.md §3), the 认定 decisions they print, and what the disclosure
-- deadlines are counted from: per-project settings and the holiday calendar.

-- One row per issued notice. A notice is never replaced: a re-issue voids the current one
-- (status 'void', replaced_by naming the new row) and the archived PDF stays as issued.
CREATE TABLE notices (
    id TEXT PRIMARY KEY,
    project_id TEXT NOT NULL REFERENCES projects(id),
    kind TEXT NOT NULL CHECK (kind IN ('survey_notice', 'registration_form', 'survey_posting',
                                       'recognition_notice', 'recognition_posting')),
    household_id TEXT,                 -- NULL for the project postings
    serial TEXT NOT NULL UNIQUE,       -- <PROJECTCODE>-<KINDCODE>-<NNNNNN>
    seq INTEGER NOT NULL,              -- NNNNNN, counted per (project, kind)
    content_sha256 TEXT NOT NULL,      -- contentHash of the document, printed in the footer
    pdf_sha256 TEXT NOT NULL,          -- of the archived file, byte for byte
    data_sha256 TEXT NOT NULL,         -- of the canonical JSON of the records it was made from
    issued_at TEXT NOT NULL,           -- ISO-8601 UTC
    issued_on TEXT NOT NULL,           -- the date printed, YYYY-MM-DD in China Standard Time
    issued_by TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'current' CHECK (status IN ('current', 'void')),
    voided_at TEXT, voided_by TEXT,
    replaced_by TEXT REFERENCES notices(id),
    file_path TEXT NOT NULL,           -- relative to the data directory
    UNIQUE (project_id, kind, seq)
);
CREATE INDEX notices_subject ON notices(project_id, kind, household_id, status);

-- The 认定 decision on an unregistered building (domain.md §6), one per building.
CREATE TABLE recognition_decisions (
    building_id TEXT PRIMARY KEY,
    department TEXT NOT NULL,
    decision_no TEXT NOT NULL,
    decided_on TEXT NOT NULL,
    basis TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL,              -- a recognition code
    recorded_by TEXT NOT NULL,
    at TEXT NOT NULL
);

-- What the notices print about the issuing office and when results were formed; the
-- posting period itself is projects.posting_days.
CREATE TABLE project_settings (
    project_id TEXT PRIMARY KEY REFERENCES projects(id),
    authority TEXT NOT NULL DEFAULT '',
    contact_name TEXT NOT NULL DEFAULT '',
    contact_phone TEXT NOT NULL DEFAULT '',
    survey_from TEXT, survey_to TEXT, evidence_deadline TEXT,
    posted_at TEXT NOT NULL DEFAULT '',      -- 公示地点
    objection_to TEXT NOT NULL DEFAULT '',
    survey_results_formed_on TEXT,           -- YYYY-MM-DD; the 20 working days run from it
    recognition_results_formed_on TEXT
);

-- The project's working-day calendar beyond Monday..Friday: public holidays
-- (is_workday 0) and weekend days made working days (调休, is_workday 1).
CREATE TABLE holidays (
    project_id TEXT NOT NULL REFERENCES projects(id),
    date TEXT NOT NULL,
    is_workday INTEGER NOT NULL CHECK (is_workday IN (0, 1)),
    PRIMARY KEY (project_id, date)
);
