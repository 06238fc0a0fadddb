// SPDX-License-Identifier: Apache-2.0
#include "sync/sync_engine.h"

#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <exception>

namespace survey::device {

using sync::ChangeStatus;

SyncEngine::SyncEngine(LocalStore& store, SyncClient& client, QObject* parent)
    : QObject(parent), store_(store), client_(client) {
    connect(&client_, &SyncClient::pushed, this, &SyncEngine::onPushed);
    connect(&client_, &SyncClient::changesPulled, this, &SyncEngine::onPulled);
    connect(&client_, &SyncClient::blobOffsetKnown, this, &SyncEngine::onBlobOffset);
    connect(&client_, &SyncClient::failed, this, &SyncEngine::onFailed);
}

void SyncEngine::syncProject(const QString& projectId) {
    if (busy())
        return;
    projectId_ = projectId;
    pushed_ = problems_ = pulled_ = blobsDone_ = blobsTotal_ = blobsMissing_ = blobsRefused_ = 0;
    blobQueue_.clear();
    blobSha_.clear();
    inFlight_.clear();
    stage_ = Stage::Pushing;
    emit busyChanged();
    try {
        if (!store_.project(projectId)) {
            finish(false, tr("Unknown project; fetch the project list first."));
            return;
        }
        pushTotal_ = store_.pendingCount(projectId);
        since_ = store_.pullCursor(projectId);
        pushNext();
    } catch (const std::exception& e) {
        finish(false, QString::fromUtf8(e.what()));
    }
}

void SyncEngine::pushNext() {
    sync::PushRequest request;
    request.deviceId = store_.deviceId().toStdString();
    request.changes = store_.pendingChanges(projectId_, kBatchSize);
    for (const auto& change : request.changes) {
        // A change sent before and still pending got no answer: stop rather than loop.
        if (inFlight_.count(change.changeId)) {
            finish(false, tr("The server did not answer for every change sent."));
            return;
        }
    }
    if (request.changes.empty()) {
        stage_ = Stage::Pulling;
        pullNext();
        return;
    }
    inFlight_.clear();
    for (const auto& change : request.changes)
        inFlight_.insert(change.changeId);
    client_.push(projectId_, request);
}

void SyncEngine::onPushed(const sync::PushResponse& response) {
    if (stage_ != Stage::Pushing)
        return;
    try {
        for (const auto& r : response.results) {
            if (!inFlight_.count(r.changeId))
                continue;
            ++pushed_;
            const auto status =
                r.status == ChangeStatus::Duplicate && r.firstStatus ? *r.firstStatus : r.status;
            if (status == ChangeStatus::Conflict || status == ChangeStatus::Rejected)
                ++problems_;
        }
        store_.applyPushResults(projectId_, response);
        // Saves made during the sync join it, so the total may grow.
        pushTotal_ = std::max(pushTotal_, pushed_);
        emit progress(QStringLiteral("push"), pushed_, pushTotal_);
        pushNext();
    } catch (const std::exception& e) {
        finish(false, QString::fromUtf8(e.what()));
    }
}

void SyncEngine::pullNext() {
    client_.pullChanges(projectId_, since_, kBatchSize);
}

void SyncEngine::onPulled(const sync::ChangesPage& page) {
    if (stage_ != Stage::Pulling)
        return;
    try {
        if (page.more && page.next <= since_) {
            finish(false, tr("The server's change cursor did not advance."));
            return;
        }
        store_.applyPulled(projectId_, page);
        pulled_ += static_cast<int>(page.changes.size());
        since_ = page.next;
        emit progress(QStringLiteral("pull"), pulled_, 0);
        if (page.more) {
            pullNext();
            return;
        }
        summary_ = tr("Synced: %1 changes sent, %2 received.").arg(pushed_).arg(pulled_);
        if (problems_ > 0)
            summary_ += QLatin1Char(' ') +
                        tr("%1 changes were not accepted and need attention.").arg(problems_);
        stage_ = Stage::Uploading;
        if (photos_) {
            blobQueue_ = photos_->pendingUploads(projectId_);
            blobsTotal_ = static_cast<int>(blobQueue_.size());
        }
        uploadNext();
    } catch (const std::exception& e) {
        finish(false, QString::fromUtf8(e.what()));
    }
}

void SyncEngine::uploadNext() {
    // A photo whose file is gone from this tablet cannot be sent; the others still go, and
    // the sync reports it instead of stopping at it on every attempt.
    QFileInfo file;
    blobSha_.clear();
    while (blobSha_.isEmpty() && !blobQueue_.isEmpty()) {
        blobSha_ = blobQueue_.takeFirst();
        file = QFileInfo(photos_->pathOf(blobSha_));
        if (!file.exists()) {
            ++blobsMissing_;
            blobSha_.clear();
        }
    }
    if (blobSha_.isEmpty()) {
        QString message = summary_;
        if (blobsTotal_ > 0)
            message += QLatin1Char(' ') + tr("%1 photos uploaded.").arg(blobsDone_);
        if (blobsMissing_ > 0)
            message += QLatin1Char(' ') +
                       tr("%1 photo files are missing on this tablet.").arg(blobsMissing_);
        if (blobsRefused_ > 0)
            message += QLatin1Char(' ') +
                       tr("%1 photos were refused: the server has no record of them that you "
                          "may change.")
                           .arg(blobsRefused_);
        finish(blobsMissing_ == 0 && blobsRefused_ == 0, message);
        return;
    }
    blobSize_ = file.size();
    blobSentFrom_ = -1;
    client_.queryBlob(blobSha_);
}

void SyncEngine::onBlobOffset(const QString& sha256, qint64 offset) {
    if (stage_ != Stage::Uploading || sha256 != blobSha_)
        return;
    try {
        if (offset >= blobSize_) {
            photos_->markUploaded(sha256);
            ++blobsDone_;
            emit progress(QStringLiteral("photos"), blobsDone_, blobsTotal_);
            uploadNext();
            return;
        }
        // The server answered the same offset to the bytes sent from it: it is not
        // taking them, and sending them again would loop.
        if (offset == blobSentFrom_) {
            finish(false, tr("The server did not accept a photo's bytes."));
            return;
        }
        QFile file(photos_->pathOf(sha256));
        if (!file.open(QIODevice::ReadOnly) || !file.seek(offset)) {
            finish(false, tr("Cannot read a photo file: %1").arg(file.errorString()));
            return;
        }
        const QByteArray chunk = file.read(std::min(kBlobChunk, blobSize_ - offset));
        blobSentFrom_ = offset;
        client_.patchBlob(sha256, offset, blobSize_, chunk);
    } catch (const std::exception& e) {
        finish(false, QString::fromUtf8(e.what()));
    }
}

void SyncEngine::onFailed(const QString& operation, const QString& code, const QString& message) {
    const bool ours = (stage_ == Stage::Pushing && operation == u"push") ||
                      (stage_ == Stage::Pulling && operation == u"changes") ||
                      (stage_ == Stage::Uploading && operation == u"blob");
    if (!ours)
        return;
    // The server takes a photo's bytes only once it holds a record naming it that this
    // surveyor may change; a photo whose record was not accepted waits, the others go on.
    if (operation == u"blob" && code == u"forbidden") {
        ++blobsRefused_;
        uploadNext();
        return;
    }
    finish(false, message.isEmpty() ? code : QStringLiteral("%1 (%2)").arg(message, code));
}

void SyncEngine::finish(bool ok, const QString& message) {
    stage_ = Stage::Idle;
    inFlight_.clear();
    emit busyChanged();
    emit finished(ok, message);
}

} // namespace survey::device
