-- Server-only: the index of complete blobs (photos, signature strokes) kept under
-- DIR/blobs/aa/bb/<sha256>. A row is written once the file is verified and in place, so
-- "the server has this blob" is one lookup; the first complete upload is remembered
-- because an uploader may read back what they sent before any record names it.

CREATE TABLE blobs (
    sha256      TEXT PRIMARY KEY,
    size        INTEGER NOT NULL,
    created_at  TEXT NOT NULL,
    uploaded_by TEXT,                 -- user id of the first complete upload
    device_id   TEXT
);

-- Records that name a blob, for read access and the missing-blob report.
CREATE INDEX photos_sha256 ON photos(sha256);
CREATE INDEX signatures_strokes_sha256 ON signatures(strokes_sha256);
