// SPDX-License-Identifier: Apache-2.0
#include "app/app_options.h"
#include "app/demo_seed.h"
#include "app/language.h"
#include "app/screenshot.h"
#include "session/session.h"
#include "store/local_store.h"

#include <QDir>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>
#include <exception>

// The QML module lives in the static library survey_app_models; import its plugin.
Q_IMPORT_QML_PLUGIN(SurveyPlugin)

namespace {
// Without an explicit family fontconfig may render Han characters with the Japanese
// glyph variants, which Chinese readers notice at once.
void useChineseFont(QGuiApplication& app) {
    const QString family = QStringLiteral("Noto Sans CJK SC");
    if (QFontDatabase::families().contains(family))
        app.setFont(QFont(family));
}
} // namespace

int main(int argc, char* argv[]) {
    QGuiApplication app(argc, argv);
    QGuiApplication::setOrganizationName(QStringLiteral("survey"));
    QGuiApplication::setApplicationName(QStringLiteral("survey-app"));
    QGuiApplication::setApplicationVersion(QStringLiteral(SURVEY_VERSION));

    int exitCode = 0;
    const auto options = survey::app::parseAppOptions(QGuiApplication::arguments(), exitCode);
    if (!options)
        return exitCode;
    if (!QDir().mkpath(options->dataDir)) {
        qCritical("cannot create data directory %s", qPrintable(options->dataDir));
        return 1;
    }
    // The style must be chosen before the engine creates the first control.
    QQuickStyle::setStyle(QStringLiteral("Material"));
    useChineseFont(app);

    try {
        using survey::app::Language;
        using survey::app::Session;
        Session session({options->dataDir, options->serverUrl, options->fingerprint,
                         options->userName, options->nmeaLog});
        if (options->demoLocal) {
            survey::app::seedDemoProject(session.store(), session.photos());
            session.notifyRecordsChanged();
        }
        const QString languageKey = QStringLiteral("ui_language");
        // --lang applies to this run; a switch inside the app is remembered.
        Language language(options->language.isEmpty() ? session.store().setting(languageKey)
                                                      : options->language);
        QObject::connect(&language, &Language::codeChanged, &session,
                         [&] { session.store().setSetting(languageKey, language.code()); });
        Session::provide(&session);
        Language::provide(&language);

        QQmlApplicationEngine engine;
        // The module's qmldir is under qrc:/qt/qml, searched by default only from Qt 6.5.
        engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
        engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Survey/Main.qml")));
        if (engine.rootObjects().isEmpty())
            return 1;
        if (!options->screenshotFile.isEmpty())
            survey::app::scheduleScreenshot(engine, session.store(), options->screenshotPage,
                                            options->screenshotFile);
        return QGuiApplication::exec();
    } catch (const std::exception& e) {
        qCritical("survey-app: %s", e.what());
        return 1;
    }
}
