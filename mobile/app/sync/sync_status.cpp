// SPDX-License-Identifier: Apache-2.0
#include "sync/sync_status.h"

#include "store/local_store.h"
#include "sync/sync_engine.h"

namespace survey::app {

namespace {
// The engine names its stages in code; the surveyor reads them in the UI language.
QString stageLabel(const QString& stage) {
    if (stage == QLatin1String("push"))
        return SyncStatus::tr("Uploading changes");
    if (stage == QLatin1String("pull"))
        return SyncStatus::tr("Downloading changes");
    if (stage == QLatin1String("photos"))
        return SyncStatus::tr("Uploading photos");
    return stage;
}
} // namespace

SyncStatus::SyncStatus(device::LocalStore& store, QObject* parent)
    : QObject(parent), store_(store) {}

void SyncStatus::setProject(const QString& projectId) {
    projectId_ = projectId;
    message_.clear();
    lastOk_ = true;
    refreshPending();
}

void SyncStatus::refreshPending() {
    const int pending = projectId_.isEmpty() ? 0 : store_.pendingCount(projectId_);
    if (pending == pending_)
        return;
    pending_ = pending;
    emit changed();
}

void SyncStatus::attach(device::SyncEngine* engine) {
    if (engine_)
        disconnect(engine_, nullptr, this, nullptr);
    engine_ = engine;
    if (!engine)
        return;
    connect(engine, &device::SyncEngine::progress, this, &SyncStatus::onProgress);
    connect(engine, &device::SyncEngine::finished, this, &SyncStatus::onFinished);
}

void SyncStatus::begin() {
    busy_ = true;
    stageText_ = tr("Connecting");
    done_ = total_ = 0;
    message_.clear();
    failure_.clear();
    emit changed();
}

void SyncStatus::fail(const QString& message) {
    onFinished(false, message);
}

void SyncStatus::onProgress(const QString& stage, int done, int total) {
    busy_ = true;
    stageText_ = stageLabel(stage);
    done_ = done;
    total_ = total;
    emit changed();
}

void SyncStatus::onFinished(bool ok, const QString& message) {
    busy_ = false;
    lastOk_ = ok;
    stageText_.clear();
    done_ = total_ = 0;
    if (ok)
        message_ = message.isEmpty() ? tr("Synced") : message;
    else
        message_ = failure_.isEmpty() ? message : failure_;
    failure_.clear();
    pending_ = projectId_.isEmpty() ? 0 : store_.pendingCount(projectId_);
    emit changed();
    emit finished(ok);
}

} // namespace survey::app
