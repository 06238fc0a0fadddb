// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "photos/photo_library.h"
#include "store/local_store.h"
#include "sync/sync_client.h"

#include <QObject>
#include <QString>
#include <set>
#include <string>

namespace survey::device {

/// One sync of a project: pushes every pending outbox change (batches of at most
/// kBatchSize), pulls the server's changes page by page from the stored cursor, then
/// uploads the photos the server does not hold yet, kBlobChunk bytes per tus PATCH.
/// Local data is committed after each answer, so an interrupted sync resumes where it
/// stopped: a repeated push is answered "duplicate", a repeated page is re-applied, and a
/// photo upload asks the server its offset (HEAD) and sends only the rest.
class SyncEngine : public QObject {
    Q_OBJECT
  public:
    static constexpr int kBatchSize = 500;
    /// 1 MiB per PATCH: a dropped link on a weak mobile connection costs at most this much.
    static constexpr qint64 kBlobChunk = 1 << 20;

    SyncEngine(LocalStore& store, SyncClient& client, QObject* parent = nullptr);
    /// The photos to upload after the records; none when not set.
    void setPhotoLibrary(PhotoLibrary* photos) { photos_ = photos; }

    /// Starts a sync of the project; ignored while one is running (see busy()).
    void syncProject(const QString& projectId);
    bool busy() const { return stage_ != Stage::Idle; }

  signals:
    /// stage "push": done/total changes; stage "pull": done changes so far, total 0
    /// because the server does not say how many remain; stage "photos": done/total photos.
    void progress(const QString& stage, int done, int total);
    /// Once per syncProject that started; the message is for the surveyor.
    void finished(bool ok, const QString& message);
    /// busy() changed.
    void busyChanged();

  private:
    enum class Stage { Idle, Pushing, Pulling, Uploading };

    void pushNext();
    void pullNext();
    void onPushed(const sync::PushResponse& response);
    void onPulled(const sync::ChangesPage& page);
    void uploadNext();
    void onBlobOffset(const QString& sha256, qint64 offset);
    void onFailed(const QString& operation, const QString& code, const QString& message);
    void finish(bool ok, const QString& message);

    LocalStore& store_;
    SyncClient& client_;
    Stage stage_ = Stage::Idle;
    QString projectId_;
    std::set<std::string> inFlight_; ///< change ids of the batch being pushed
    int pushed_ = 0, pushTotal_ = 0, problems_ = 0, pulled_ = 0;
    qint64 since_ = 0;
    QString summary_; ///< what push and pull did, for the final message

    PhotoLibrary* photos_ = nullptr;
    QStringList blobQueue_;
    QString blobSha_;
    qint64 blobSize_ = 0, blobSentFrom_ = -1;
    int blobsDone_ = 0, blobsTotal_ = 0, blobsMissing_ = 0, blobsRefused_ = 0;
};

} // namespace survey::device
