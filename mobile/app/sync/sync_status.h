// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QPointer>
#include <QQmlEngine>

namespace survey::device {
class LocalStore;
class SyncEngine;
} // namespace survey::device

namespace survey::app {

/// What the sync button shows for the current project: changes waiting in the outbox,
/// whether a sync runs and how far it is, and how the last one ended.
class SyncStatus : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Session.sync")
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY changed)
    Q_PROPERTY(bool busy READ busy NOTIFY changed)
    Q_PROPERTY(QString stageText READ stageText NOTIFY changed)
    /// 0..1 while the stage's total is known, -1 otherwise (indeterminate bar).
    Q_PROPERTY(double progress READ progress NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY changed)
    Q_PROPERTY(bool lastOk READ lastOk NOTIFY changed)

  public:
    explicit SyncStatus(device::LocalStore& store, QObject* parent = nullptr);

    int pendingCount() const { return pending_; }
    bool busy() const { return busy_; }
    QString stageText() const { return stageText_; }
    double progress() const { return total_ > 0 ? double(done_) / total_ : -1.0; }
    QString message() const { return message_; }
    bool lastOk() const { return lastOk_; }

    /// Follows `projectId`'s outbox from now on.
    void setProject(const QString& projectId);
    /// Re-reads the pending count (after a local save).
    void refreshPending();
    /// Listens to `engine` (replaced when the server changes).
    void attach(device::SyncEngine* engine);
    /// Shows a sync as running before the engine reports its first stage.
    void begin();
    /// Records a sync that could not even start, e.g. when not logged in.
    void fail(const QString& message);
    /// A sentence explaining the error that is about to end the running sync; shown
    /// instead of the engine's raw message.
    void noteFailure(const QString& text) { failure_ = text; }

  signals:
    void changed();
    /// A sync ended; records may have changed.
    void finished(bool ok);

  private:
    void onProgress(const QString& stage, int done, int total);
    void onFinished(bool ok, const QString& message);

    device::LocalStore& store_;
    QPointer<device::SyncEngine> engine_;
    QString projectId_, stageText_, message_, failure_;
    int pending_ = 0, done_ = 0, total_ = 0;
    bool busy_ = false, lastOk_ = true;
};

} // namespace survey::app
