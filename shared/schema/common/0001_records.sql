-- Survey records shared by the tablet and the server (domain.md §4).
-- Every record row: device-made UUID id, server revision rev (0 = never synced),
-- who/when/which device last changed it, and a tombstone flag instead of DELETE.
-- Lengths are integer millimetres, areas integer dm² (0.01 m²); no floating-point areas.

CREATE TABLE projects (
    id            TEXT PRIMARY KEY,
    code          TEXT NOT NULL UNIQUE,
    name          TEXT NOT NULL,
    freeze_date   TEXT,                          -- 冻结日期, Art. 16
    area_grade    INTEGER NOT NULL DEFAULT 2,    -- GB/T 17986 tolerance grade
    gps_max_accuracy_m REAL NOT NULL DEFAULT 15,
    gps_max_age_s INTEGER NOT NULL DEFAULT 60,
    posting_days  INTEGER NOT NULL DEFAULT 7,
    created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
);

CREATE TABLE households (
    id TEXT PRIMARY KEY, project_id TEXT NOT NULL REFERENCES projects(id),
    rev INTEGER NOT NULL DEFAULT 0, updated_at TEXT, updated_by TEXT, device_id TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    code TEXT NOT NULL,               -- 户编号, unique in the project
    address TEXT, door_no TEXT,       -- 坐落, 门牌号
    head_name TEXT, head_id_number TEXT, head_phone TEXT,
    tenure TEXT,                      -- 权属
    title_no TEXT, house_cert_no TEXT, land_cert_no TEXT,
    land_type TEXT,                   -- 土地性质 出让/划拨
    approved_use TEXT, actual_use TEXT,
    business_licence TEXT, business_trade TEXT, business_area_dm2 INTEGER,
    lat REAL, lon REAL, gps_accuracy_m REAL,
    status TEXT,                      -- NULL until surveyed: not_surveyed
    notes TEXT
);
CREATE UNIQUE INDEX households_project_code ON households(project_id, code) WHERE deleted = 0;

CREATE TABLE members (
    id TEXT PRIMARY KEY, project_id TEXT NOT NULL REFERENCES projects(id),
    rev INTEGER NOT NULL DEFAULT 0, updated_at TEXT, updated_by TEXT, device_id TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    household_id TEXT NOT NULL,
    name TEXT NOT NULL, relation TEXT, id_number TEXT, phone TEXT,
    circumstances TEXT                -- 低保/残疾/孤寡/重病, comma-separated codes
);
CREATE INDEX members_household ON members(household_id);

CREATE TABLE buildings (
    id TEXT PRIMARY KEY, project_id TEXT NOT NULL REFERENCES projects(id),
    rev INTEGER NOT NULL DEFAULT 0, updated_at TEXT, updated_by TEXT, device_id TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    household_id TEXT NOT NULL,
    no INTEGER NOT NULL,              -- 幢号 within the household
    structure TEXT,                   -- 01..06
    floors_above INTEGER, floors_below INTEGER, year_built INTEGER,
    registered INTEGER,               -- 有证 1 / 无证 0
    cert_area_dm2 INTEGER,            -- 证载建筑面积, never overwritten by measurement
    measured_area_dm2 INTEGER,        -- 实测建筑面积
    approved_use TEXT, actual_use TEXT, orientation TEXT,
    recognition TEXT                  -- 认定 status
);
CREATE INDEX buildings_household ON buildings(household_id);

CREATE TABLE parts (
    id TEXT PRIMARY KEY, project_id TEXT NOT NULL REFERENCES projects(id),
    rev INTEGER NOT NULL DEFAULT 0, updated_at TEXT, updated_by TEXT, device_id TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    building_id TEXT NOT NULL,
    floor INTEGER,                    -- storey number; NULL means 1
    kind TEXT NOT NULL,
    lengths_mm TEXT,                  -- JSON [width, depth]
    vertices_mm TEXT,                 -- JSON [[x, y], ...]
    height_mm INTEGER, sill_mm INTEGER,
    area_dm2 INTEGER,
    note TEXT
);
CREATE INDEX parts_building ON parts(building_id);

CREATE TABLE items (
    id TEXT PRIMARY KEY, project_id TEXT NOT NULL REFERENCES projects(id),
    rev INTEGER NOT NULL DEFAULT 0, updated_at TEXT, updated_by TEXT, device_id TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    household_id TEXT NOT NULL,
    name TEXT NOT NULL, unit TEXT, quantity_milli INTEGER, spec TEXT, kind TEXT
);
CREATE INDEX items_household ON items(household_id);

CREATE TABLE photos (
    id TEXT PRIMARY KEY, project_id TEXT NOT NULL REFERENCES projects(id),
    rev INTEGER NOT NULL DEFAULT 0, updated_at TEXT, updated_by TEXT, device_id TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    household_id TEXT NOT NULL,
    subject_id TEXT, category TEXT, sha256 TEXT NOT NULL,
    taken_at TEXT, lat REAL, lon REAL, gps_accuracy_m REAL, surveyor TEXT
);
CREATE INDEX photos_household ON photos(household_id);

CREATE TABLE signatures (
    id TEXT PRIMARY KEY, project_id TEXT NOT NULL REFERENCES projects(id),
    rev INTEGER NOT NULL DEFAULT 0, updated_at TEXT, updated_by TEXT, device_id TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    household_id TEXT NOT NULL,
    role TEXT NOT NULL, signer_name TEXT, signed_at TEXT,
    signed_hash TEXT NOT NULL,        -- SHA-256 of the form content that was signed
    strokes_sha256 TEXT, lat REAL, lon REAL
);
CREATE INDEX signatures_household ON signatures(household_id);
