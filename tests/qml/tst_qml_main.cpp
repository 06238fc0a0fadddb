// SPDX-License-Identifier: Apache-2.0
#include "app/language.h"
#include "session/session.h"
#include "store/local_store.h"

#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>
#include <QTemporaryDir>
#include <QtQuickTest>
#include <memory>

Q_IMPORT_QML_PLUGIN(SurveyPlugin)

using survey::app::Language;
using survey::app::Session;

// Gives every test file what the app has after a first login: a local store (fresh, in a
// temporary directory) with one project open, and the Chinese UI. Positions come from the
// NMEA log in SURVEY_NMEA_LOG, never from the machine's location service.
class Setup : public QObject {
    Q_OBJECT

  public slots:
    void applicationAvailable() { QQuickStyle::setStyle(QStringLiteral("Material")); }

    void qmlEngineAvailable(QQmlEngine* engine) {
        // The module's qmldir is under qrc:/qt/qml, which Qt 6.4 does not search by itself.
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        dir_ = std::make_unique<QTemporaryDir>();
        session_ = std::make_unique<Session>(
            Session::Options{dir_->path(), {}, {}, {}, qEnvironmentVariable("SURVEY_NMEA_LOG")});
        session_->store().upsertProject(
            {QStringLiteral("p-test"), QStringLiteral("P-TEST"), QStringLiteral("测试项目")});
        session_->openProject(QStringLiteral("p-test"));
        language_ = std::make_unique<Language>(QStringLiteral("zh_CN"));
        Session::provide(session_.get());
        Language::provide(language_.get());
    }

    void cleanupTestCase() {
        Session::provide(nullptr);
        Language::provide(nullptr);
        session_.reset();
        language_.reset();
        dir_.reset();
    }

  private:
    std::unique_ptr<QTemporaryDir> dir_;
    std::unique_ptr<Session> session_;
    std::unique_ptr<Language> language_;
};

QUICK_TEST_MAIN_WITH_SETUP(survey_qml, Setup)

#include "tst_qml_main.moc"
