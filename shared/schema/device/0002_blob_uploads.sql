-- Photos and signature images the server has confirmed whole (tus upload complete, hash
-- checked). A blob named by a live record and missing here is still to upload; the record
-- itself is the queue, so no crash can leave a photo saved but never sent.
CREATE TABLE blob_uploads (
    sha256 TEXT PRIMARY KEY,
    uploaded_at TEXT NOT NULL
);
