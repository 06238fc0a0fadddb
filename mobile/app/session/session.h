// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QTimer>
#include <memory>

namespace survey::device {
class LocalStore;
class PhotoLibrary;
class SyncClient;
class SyncEngine;
} // namespace survey::device

Q_MOC_INCLUDE("position/position_status.h")
Q_MOC_INCLUDE("session/project_list_model.h")
Q_MOC_INCLUDE("sync/sync_status.h")

namespace survey::app {

class PositionStatus;
class ProjectListModel;
class SyncStatus;

/// The signed-in surveyor's session: owns the local store, the sync client and engine,
/// remembers (in the store's settings table) the server with its pinned certificate, the
/// user and token, and the current project. Pages read it as the `Session` singleton;
/// models take it as their `session` property.
class Session : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString serverUrl READ serverUrl NOTIFY serverChanged)
    Q_PROPERTY(QString fingerprint READ fingerprint NOTIFY serverChanged)
    Q_PROPERTY(QString userName READ userName NOTIFY userChanged)
    Q_PROPERTY(QString displayName READ displayName NOTIFY userChanged)
    Q_PROPERTY(QString role READ role NOTIFY userChanged)
    Q_PROPERTY(bool loggedIn READ loggedIn NOTIFY userChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    Q_PROPERTY(survey::app::ProjectListModel* projects READ projects CONSTANT)
    Q_PROPERTY(QString projectId READ projectId NOTIFY projectChanged)
    Q_PROPERTY(QString projectCode READ projectCode NOTIFY projectChanged)
    Q_PROPERTY(QString projectName READ projectName NOTIFY projectChanged)
    Q_PROPERTY(survey::app::SyncStatus* sync READ sync CONSTANT)
    Q_PROPERTY(survey::app::PositionStatus* position READ position CONSTANT)

  public:
    /// Start-up values; empty server, fingerprint or user mean "as remembered".
    struct Options {
        QString dataDir;
        QString serverUrl;
        QString fingerprint;
        QString userName;
        QString nmeaLog; ///< replay this NMEA log instead of the receiver (desktops, tests)
        int backgroundSyncMs = 60'000; ///< tick of the automatic sync; 0: only on request
    };

    explicit Session(const Options& options, QObject* parent = nullptr);
    ~Session() override;

    /// Makes `session` the instance QML sees; the caller keeps ownership.
    static void provide(Session* session);
    static Session* create(QQmlEngine* engine, QJSEngine* js);

    device::LocalStore& store() { return *store_; }
    device::PhotoLibrary& photos() { return *photos_; }

    QString serverUrl() const { return serverUrl_; }
    QString fingerprint() const { return fingerprint_; }
    QString userName() const { return userName_; }
    QString displayName() const { return displayName_; }
    QString role() const { return role_; }
    bool loggedIn() const { return !token_.isEmpty(); }
    bool busy() const { return busy_; }
    QString errorText() const { return errorText_; }
    ProjectListModel* projects() const { return projects_.get(); }
    QString projectId() const { return projectId_; }
    QString projectCode() const { return projectCode_; }
    QString projectName() const { return projectName_; }
    SyncStatus* sync() const { return sync_.get(); }
    PositionStatus* position() const { return position_.get(); }

    /// The SHA-256 fingerprint as 64 lower-case hex digits (colons, blanks and case are
    /// ignored), or empty when `text` is not one.
    Q_INVOKABLE static QString normalizeFingerprint(const QString& text);
    /// "AB:CD:…" groups for showing a pinned fingerprint.
    Q_INVOKABLE static QString formatFingerprint(const QString& text);

    /// Logs in; on success fetches the project list and emits loginSucceeded().
    Q_INVOKABLE void login(const QString& serverUrl, const QString& fingerprint,
                           const QString& user, const QString& password);
    /// Forgets the token; local data and the outbox stay.
    Q_INVOKABLE void logout();
    /// Fetches the project list when logged in; the cached list shows meanwhile.
    Q_INVOKABLE void refreshProjects();
    Q_INVOKABLE void openProject(const QString& projectId);
    /// Pushes and pulls the current project.
    Q_INVOKABLE void syncNow();

    /// Editors call this after writing to the store, so that lists and counts refresh.
    void notifyRecordsChanged();

  signals:
    void serverChanged();
    void userChanged();
    void busyChanged();
    void errorTextChanged();
    void projectChanged();
    void loginSucceeded();
    /// A sync needs a login first (no or expired token).
    void loginRequired();
    /// Local records of the current project changed (a save here, or a sync).
    void recordsChanged();

  private:
    void useServer(const QString& url, const QString& pin);
    void onLoggedIn(const QString& token, const QString& displayName, const QString& role);
    void onProjectsFetched();
    void onFailed(const QString& operation, const QString& code, const QString& message);
    void onBackgroundTick();
    void setBusy(bool busy);
    void setError(const QString& text);
    void setToken(const QString& token);

    std::unique_ptr<device::LocalStore> store_;
    std::unique_ptr<device::PhotoLibrary> photos_;
    std::unique_ptr<device::SyncClient> client_;
    std::unique_ptr<device::SyncEngine> engine_;
    std::unique_ptr<ProjectListModel> projects_;
    std::unique_ptr<SyncStatus> sync_;
    std::unique_ptr<PositionStatus> position_;
    QString serverUrl_, fingerprint_, userName_, displayName_, role_, token_;
    QString errorText_, projectId_, projectCode_, projectName_;
    QString clientServer_, clientPin_; ///< what client_ was made for
    QTimer backgroundSync_;
    int ticksSinceSync_ = 0; ///< background ticks since the last sync ended
    bool busy_ = false;
    bool loggingIn_ = false; ///< a login runs; its end emits loginSucceeded()
};

} // namespace survey::app
