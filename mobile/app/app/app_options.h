// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace survey::app {

/// What `survey-app` was started with.
struct AppOptions {
    QString serverUrl;      ///< --server: prefills the login page and is remembered
    QString fingerprint;    ///< --fingerprint: the server certificate's SHA-256, pinned
    QString dataDir;        ///< --data: local store and settings; AppDataLocation by default
    QString language;       ///< --lang: "zh_CN" or "en"; empty means as remembered (zh_CN)
    QString userName;       ///< --user: prefills the login page
    bool demoLocal = false; ///< --demo-local: seed a local demo project into an empty store
    QString screenshotFile; ///< --screenshot: dev hook, grab the window to this PNG and quit
    QString screenshotPage; ///< --screenshot-page: which page to grab
    QString nmeaLog;        ///< --nmea-log or SURVEY_NMEA_LOG: replay positions from this log
};

/// Parses the command line; prints help, version or the error and returns nullopt when
/// the app should exit instead.
std::optional<AppOptions> parseAppOptions(const QStringList& arguments, int& exitCode);

} // namespace survey::app
