// SPDX-License-Identifier: Apache-2.0
#include "app/app_options.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStandardPaths>
#include <cstdio>

namespace survey::app {

std::optional<AppOptions> parseAppOptions(const QStringList& arguments, int& exitCode) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "House survey and measurement for expropriation (入户调查), offline first."));
    const auto help = parser.addHelpOption();
    const auto version = parser.addVersionOption();
    const QCommandLineOption server(QStringLiteral("server"),
                                    QStringLiteral("Sync server, e.g. https://10.0.0.5:8443."),
                                    QStringLiteral("URL"));
    const QCommandLineOption fingerprint(
        QStringLiteral("fingerprint"),
        QStringLiteral("SHA-256 fingerprint of the server certificate, pinned."),
        QStringLiteral("SHA256"));
    const QCommandLineOption data(QStringLiteral("data"),
                                  QStringLiteral("Directory of the local store and settings."),
                                  QStringLiteral("DIR"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QStringLiteral("UI language: zh_CN (default) or en."),
                                  QStringLiteral("zh_CN|en"));
    const QCommandLineOption user(QStringLiteral("user"), QStringLiteral("User name to prefill."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption demo(
        QStringLiteral("demo-local"),
        QStringLiteral("Seed a local demo project when the store is empty (offline demos)."));
    const QCommandLineOption shot(
        QStringLiteral("screenshot"),
        QStringLiteral("Development: grab the window to FILE once loaded, then quit."),
        QStringLiteral("FILE"));
    const QCommandLineOption shotPage(
        QStringLiteral("screenshot-page"),
        QStringLiteral("Development: page to grab: login, projects, households, household, "
                       "building, part, part-polygon, part-half, conflict or photos."),
        QStringLiteral("NAME"), QStringLiteral("login"));
    const QCommandLineOption nmeaLog(
        QStringLiteral("nmea-log"),
        QStringLiteral("Replay positions from a recorded NMEA log instead of the receiver "
                       "(desktops, demos, screenshots); also SURVEY_NMEA_LOG."),
        QStringLiteral("FILE"));
    parser.addOptions({server, fingerprint, data, lang, user, demo, shot, shotPage, nmeaLog});

    if (!parser.parse(arguments)) {
        std::fprintf(stderr, "%s\n", qPrintable(parser.errorText()));
        exitCode = 2;
        return std::nullopt;
    }
    if (parser.isSet(help) || parser.isSet(version)) {
        std::printf("%s\n",
                    qPrintable(parser.isSet(help) ? parser.helpText()
                                                  : QCoreApplication::applicationName() + u' ' +
                                                        QCoreApplication::applicationVersion()));
        exitCode = 0;
        return std::nullopt;
    }
    AppOptions o;
    o.serverUrl = parser.value(server);
    o.fingerprint = parser.value(fingerprint);
    o.dataDir = parser.isSet(data)
                    ? parser.value(data)
                    : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    o.language = parser.value(lang);
    if (!o.language.isEmpty() && o.language != QLatin1String("zh_CN") &&
        o.language != QLatin1String("en")) {
        std::fprintf(stderr, "--lang must be zh_CN or en\n");
        exitCode = 2;
        return std::nullopt;
    }
    o.userName = parser.value(user);
    o.demoLocal = parser.isSet(demo);
    o.screenshotFile = parser.value(shot);
    o.screenshotPage = parser.value(shotPage);
    o.nmeaLog =
        parser.isSet(nmeaLog) ? parser.value(nmeaLog) : qEnvironmentVariable("SURVEY_NMEA_LOG");
    return o;
}

} // namespace survey::app
