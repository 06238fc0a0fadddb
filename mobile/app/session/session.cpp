// SPDX-License-Identifier: Apache-2.0
#include "session/session.h"

#include "photos/photo_library.h"
#include "position/position_status.h"
#include "session/project_list_model.h"
#include "store/local_store.h"
#include "sync/background_sync.h"
#include "sync/sync_client.h"
#include "sync/sync_engine.h"
#include "sync/sync_errors.h"
#include "sync/sync_status.h"

#include <QDir>
#include <QRegularExpression>
#include <QUrl>

namespace survey::app {

namespace {

Session* s_instance = nullptr;

// Keys of the store's settings table.
namespace key {
const QString serverUrl = QStringLiteral("server_url");
const QString fingerprint = QStringLiteral("server_fingerprint");
const QString user = QStringLiteral("auth_user");
const QString token = QStringLiteral("auth_token");
const QString displayName = QStringLiteral("auth_display_name");
const QString role = QStringLiteral("auth_role");
const QString project = QStringLiteral("current_project");
} // namespace key

} // namespace

Session::Session(const Options& options, QObject* parent)
    : QObject(parent), store_(std::make_unique<device::LocalStore>(
                           QDir(options.dataDir).filePath(QStringLiteral("survey.db")))),
      photos_(std::make_unique<device::PhotoLibrary>(
          *store_, QDir(options.dataDir).filePath(QStringLiteral("photos")))),
      projects_(std::make_unique<ProjectListModel>(*store_)),
      sync_(std::make_unique<SyncStatus>(*store_)),
      position_(std::make_unique<PositionStatus>(options.nmeaLog)) {
    const QString rememberedServer = store_->setting(key::serverUrl);
    const QString rememberedUser = store_->setting(key::user);
    serverUrl_ = options.serverUrl.isEmpty() ? rememberedServer : options.serverUrl;
    const QString fingerprint =
        options.fingerprint.isEmpty() ? store_->setting(key::fingerprint) : options.fingerprint;
    fingerprint_ = normalizeFingerprint(fingerprint).isEmpty() ? fingerprint
                                                               : normalizeFingerprint(fingerprint);
    userName_ = options.userName.isEmpty() ? rememberedUser : options.userName;
    store_->setUserName(userName_);
    // Command-line values prefill the login page from now on.
    store_->setSetting(key::serverUrl, serverUrl_);
    store_->setSetting(key::fingerprint, fingerprint_);
    store_->setSetting(key::user, userName_);

    // A token is only good for the server and user it was issued for.
    if (serverUrl_ == rememberedServer && userName_ == rememberedUser && !serverUrl_.isEmpty()) {
        token_ = store_->setting(key::token);
        displayName_ = store_->setting(key::displayName);
        role_ = store_->setting(key::role);
    }
    if (!token_.isEmpty()) {
        useServer(serverUrl_, normalizeFingerprint(fingerprint_));
        client_->setToken(token_);
    }

    connect(sync_.get(), &SyncStatus::finished, this, [this] {
        ticksSinceSync_ = 0;
        projects_->refresh();
        emit recordsChanged();
    });
    // Offline for days, the tablet syncs by itself as soon as it can (see background_sync.h).
    connect(&backgroundSync_, &QTimer::timeout, this, &Session::onBackgroundTick);
    if (options.backgroundSyncMs > 0) {
        backgroundSync_.setInterval(options.backgroundSyncMs);
        backgroundSync_.start();
    }
    const QString lastProject = store_->setting(key::project);
    if (!lastProject.isEmpty())
        openProject(lastProject);
}

Session::~Session() {
    if (s_instance == this)
        s_instance = nullptr;
}

void Session::provide(Session* session) {
    s_instance = session;
}

Session* Session::create(QQmlEngine*, QJSEngine*) {
    Q_ASSERT(s_instance);
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

QString Session::normalizeFingerprint(const QString& text) {
    // Accept what `survey-server` and `openssl x509 -fingerprint` print, colons and all.
    static const QRegularExpression prefix(
        QStringLiteral("^\\s*(sha-?256)?\\s*(fingerprint)?\\s*[=:]?\\s*"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression separators(QStringLiteral("[\\s:-]"));
    static const QRegularExpression hex64(QStringLiteral("^[0-9a-f]{64}$"));
    QString hex = text;
    hex.remove(prefix).remove(separators);
    hex = hex.toLower();
    return hex64.match(hex).hasMatch() ? hex : QString();
}

QString Session::formatFingerprint(const QString& text) {
    const QString hex = normalizeFingerprint(text).toUpper();
    QStringList pairs;
    for (qsizetype i = 0; i < hex.size(); i += 2)
        pairs.append(hex.mid(i, 2));
    return pairs.join(u':');
}

void Session::useServer(const QString& url, const QString& pin) {
    if (client_ && clientServer_ == url && clientPin_ == pin)
        return;
    sync_->attach(nullptr);
    engine_.reset();
    client_ = std::make_unique<device::SyncClient>(QUrl(url), pin);
    clientServer_ = url;
    clientPin_ = pin;
    // Connected before the engine exists, so that a failure's explanation is noted before
    // the engine reports the sync as finished.
    connect(client_.get(), &device::SyncClient::failed, this, &Session::onFailed);
    connect(client_.get(), &device::SyncClient::loggedIn, this, &Session::onLoggedIn);
    connect(client_.get(), &device::SyncClient::projectsFetched, this,
            [this](const QList<device::ProjectInfo>& list) {
                for (const auto& p : list)
                    store_->upsertProject(p);
                onProjectsFetched();
            });
    engine_ = std::make_unique<device::SyncEngine>(*store_, *client_);
    engine_->setPhotoLibrary(photos_.get());
    sync_->attach(engine_.get());
}

void Session::login(const QString& serverUrl, const QString& fingerprint, const QString& user,
                    const QString& password) {
    if (busy_ || sync_->busy())
        return;
    const QString url = serverUrl.trimmed();
    const QUrl parsed(url, QUrl::StrictMode);
    const QString scheme = parsed.scheme();
    if (url.isEmpty())
        return setError(tr("Enter the server address."));
    if (!parsed.isValid() || parsed.host().isEmpty() ||
        (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
        return setError(tr("The server address must look like https://host:port."));
    const QString pin = normalizeFingerprint(fingerprint);
    if (scheme == QLatin1String("https") && pin.isEmpty())
        return setError(tr("Enter the server certificate's SHA-256 fingerprint (64 hex digits) "
                           "as printed by the server."));
    if (user.trimmed().isEmpty() || password.isEmpty())
        return setError(tr("Enter your username and password."));

    serverUrl_ = url;
    fingerprint_ = pin;
    userName_ = user.trimmed();
    store_->setUserName(userName_);
    store_->setSetting(key::serverUrl, serverUrl_);
    store_->setSetting(key::fingerprint, fingerprint_);
    store_->setSetting(key::user, userName_);
    emit serverChanged();
    emit userChanged();

    useServer(serverUrl_, fingerprint_);
    setError({});
    loggingIn_ = true;
    setBusy(true);
    client_->login(userName_, password, store_->deviceId());
}

void Session::onLoggedIn(const QString& token, const QString& displayName, const QString& role) {
    displayName_ = displayName;
    role_ = role;
    store_->setSetting(key::displayName, displayName_);
    store_->setSetting(key::role, role_);
    setToken(token);
    client_->fetchProjects();
}

void Session::onProjectsFetched() {
    projects_->refresh();
    if (!projectId_.isEmpty())
        openProject(projectId_); // the name may have changed on the server
    setBusy(false);
    if (std::exchange(loggingIn_, false))
        emit loginSucceeded();
}

void Session::onFailed(const QString& operation, const QString& code, const QString& message) {
    const QString text = describeSyncError(operation, code, message);
    if (isAuthError(operation, code)) {
        setToken({});
        emit loginRequired();
    }
    // The engine ends the sync itself; the sync bar shows this sentence instead of its raw one.
    if (sync_->busy()) {
        sync_->noteFailure(text);
        return;
    }
    if (!busy_)
        return;
    setError(text);
    setBusy(false);
    // Logged in but the project list failed: continue with the cached list.
    if (std::exchange(loggingIn_, false) && loggedIn())
        emit loginSucceeded();
}

void Session::logout() {
    setToken({});
    displayName_.clear();
    role_.clear();
    store_->setSetting(key::displayName, {});
    store_->setSetting(key::role, {});
    emit userChanged();
}

void Session::refreshProjects() {
    if (!client_ || !loggedIn() || busy_)
        return;
    setError({});
    setBusy(true);
    client_->fetchProjects();
}

void Session::openProject(const QString& projectId) {
    const auto project = store_->project(projectId);
    if (!project)
        return;
    projectId_ = project->id;
    projectCode_ = project->code;
    projectName_ = project->name;
    store_->setSetting(key::project, projectId_);
    sync_->setProject(projectId_);
    position_->setLimits(*project);
    emit projectChanged();
}

void Session::syncNow() {
    if (projectId_.isEmpty() || sync_->busy())
        return;
    if (!engine_ || !loggedIn()) {
        sync_->fail(tr("Log in to sync. Your changes are kept on this tablet."));
        emit loginRequired();
        return;
    }
    sync_->begin();
    engine_->syncProject(projectId_);
}

void Session::onBackgroundTick() {
    ++ticksSinceSync_;
    device::BackgroundSyncState state;
    state.loggedIn = engine_ && loggedIn();
    state.projectOpen = !projectId_.isEmpty();
    state.syncing = sync_->busy() || busy_;
    if (state.projectOpen) {
        state.pendingChanges = store_->pendingCount(projectId_);
        state.pendingPhotos = static_cast<int>(photos_->pendingUploads(projectId_).size());
    }
    state.ticksSinceLastSync = ticksSinceSync_;
    if (!device::shouldSyncInBackground(state))
        return;
    sync_->begin();
    engine_->syncProject(projectId_);
}

void Session::notifyRecordsChanged() {
    sync_->refreshPending();
    projects_->refresh();
    emit recordsChanged();
}

void Session::setBusy(bool busy) {
    if (busy == busy_)
        return;
    busy_ = busy;
    emit busyChanged();
}

void Session::setError(const QString& text) {
    if (text == errorText_)
        return;
    errorText_ = text;
    emit errorTextChanged();
}

void Session::setToken(const QString& token) {
    token_ = token;
    store_->setSetting(key::token, token);
    if (client_)
        client_->setToken(token);
    emit userChanged();
}

} // namespace survey::app
