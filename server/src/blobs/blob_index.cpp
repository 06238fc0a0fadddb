// SPDX-License-Identifier: Apache-2.0
#include "blobs/blob_index.h"

#include "audit/audit_log.h"

namespace survey::server::blobs {

bool BlobIndex::recordComplete(const IndexedBlob& blob) {
    storage::Transaction tx(db_);
    db_.prepare("INSERT OR IGNORE INTO blobs (sha256, size, created_at, uploaded_by, device_id)"
                " VALUES (?, ?, ?, ?, ?)")
        .bind(1, blob.sha256)
        .bind(2, static_cast<std::int64_t>(blob.size))
        .bind(3, blob.createdAt)
        .bind(4, blob.uploadedBy)
        .bind(5, blob.deviceId)
        .run();
    if (db_.changes() == 0)
        return false;
    audit::AuditWriter(db_).append({blob.uploadedBy,
                                    blob.deviceId,
                                    std::string(kUploadCompleteAction),
                                    blob.sha256,
                                    {{"size", blob.size}}},
                                   blob.createdAt);
    tx.commit();
    return true;
}

std::optional<IndexedBlob> BlobIndex::find(const std::string& sha256) {
    auto q = db_.prepare("SELECT size, created_at, coalesce(uploaded_by, ''),"
                         " coalesce(device_id, '') FROM blobs WHERE sha256 = ?");
    q.bind(1, sha256);
    if (!q.step())
        return std::nullopt;
    return IndexedBlob{sha256, static_cast<std::uint64_t>(q.getInt(0)), q.getText(1), q.getText(2),
                       q.getText(3)};
}

bool BlobIndex::mayRead(const auth::User& user, const std::string& sha256) {
    if (auth::seesAllProjects(user.role))
        return true;
    auto q =
        db_.prepare("SELECT EXISTS (SELECT 1 FROM blobs WHERE sha256 = ? AND uploaded_by = ?)");
    q.bind(1, sha256).bind(2, user.id);
    return (q.step() && q.getInt(0) != 0) || namedInProjectOf(user, sha256, false);
}

bool BlobIndex::mayUpload(const auth::User& user, const std::string& sha256) {
    return namedInProjectOf(user, sha256, true);
}

bool BlobIndex::namedInProjectOf(const auth::User& user, const std::string& sha256, bool liveOnly) {
    // ?3 = 1 for those who see every project without an assignment.
    auto q = db_.prepare(
        "SELECT EXISTS (SELECT 1 FROM photos p WHERE p.sha256 = ?1 AND (?4 = 0 OR p.deleted = 0)"
        "   AND (?3 = 1 OR p.project_id IN (SELECT project_id FROM user_projects"
        "                                    WHERE user_id = ?2)))"
        " OR EXISTS (SELECT 1 FROM signatures s WHERE s.strokes_sha256 = ?1"
        "   AND (?4 = 0 OR s.deleted = 0)"
        "   AND (?3 = 1 OR s.project_id IN (SELECT project_id FROM user_projects"
        "                                    WHERE user_id = ?2)))");
    q.bind(1, sha256)
        .bind(2, user.id)
        .bind(3, auth::seesAllProjects(user.role) ? 1 : 0)
        .bind(4, liveOnly ? 1 : 0);
    return q.step() && q.getInt(0) != 0;
}

std::vector<MissingBlob> BlobIndex::namedWhere(const std::string& condition,
                                               const std::string& projectId) {
    auto q = db_.prepare(
        "SELECT entity, id, household_id, sha, project_id FROM ("
        " SELECT 'photo' AS entity, id, household_id, sha256 AS sha, project_id, deleted"
        " FROM photos"
        " UNION ALL SELECT 'signature', id, household_id, strokes_sha256, project_id, deleted"
        " FROM signatures WHERE coalesce(strokes_sha256, '') <> '')"
        " WHERE deleted = 0 AND (?1 = '' OR project_id = ?1) " +
        condition + " ORDER BY project_id, household_id, entity, id");
    q.bind(1, projectId);
    std::vector<MissingBlob> out;
    while (q.step())
        out.push_back({q.getText(0), q.getText(1), q.getText(2), q.getText(3), q.getText(4)});
    return out;
}

std::vector<MissingBlob> BlobIndex::missingInProject(const std::string& projectId) {
    return namedWhere("AND sha NOT IN (SELECT sha256 FROM blobs)", projectId);
}

std::vector<MissingBlob> BlobIndex::allNamed() {
    return namedWhere("", "");
}

bool BlobIndex::isNamed(const std::string& sha256) {
    auto q = db_.prepare("SELECT EXISTS (SELECT 1 FROM photos WHERE sha256 = ?1)"
                         " OR EXISTS (SELECT 1 FROM signatures WHERE strokes_sha256 = ?1)");
    q.bind(1, sha256);
    return q.step() && q.getInt(0) != 0;
}

} // namespace survey::server::blobs
