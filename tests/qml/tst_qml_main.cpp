// SPDX-License-Identifier: Apache-2.0
#include "app/language.h"
#include "session/session.h"
#include "store/local_store.h"

#include <QImage>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>
#include <QTemporaryDir>
#include <QtQuickTest>
#include <memory>

Q_IMPORT_QML_PLUGIN(SurveyPlugin)

using survey::app::Language;
using survey::app::Session;

namespace {
// A household the reviewer returned with a comment, whose head's name the office changed
// while this tablet changed it too: the server kept the office's value and said so.
void seedReturnedHouseholdWithConflict(survey::device::LocalStore& store) {
    const QString project = QStringLiteral("p-test");
    survey::sync::ChangesPage page;
    page.changes.push_back({.seq = 1,
                            .entity = "household",
                            .id = "h-returned",
                            .rev = 4,
                            .fields = {{"code", "H-RET"},
                                       {"head_name", "周家"},
                                       {"status", "returned"},
                                       {"review_comment", "门牌号与房产证不符，请核对"}}});
    page.next = 1;
    store.applyPulled(project, page);
    store.save(project, QStringLiteral("household"), QStringLiteral("h-returned"),
               {{"head_name", "周家明"}});
    survey::sync::ChangeResult conflict;
    conflict.changeId = store.pendingChanges(project, 10).back().changeId;
    conflict.status = survey::sync::ChangeStatus::Conflict;
    conflict.rev = 5;
    conflict.conflicts = {{"head_name", "周家", "周家华", "周家明"}};
    store.applyPushResults(project, {{conflict}});
}
} // namespace

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
        // A photo file to import, as a surveyor without a camera would.
        QImage sample(800, 600, QImage::Format_RGB32);
        sample.fill(QColor(200, 190, 170));
        const QString samplePath = dir_->filePath(QStringLiteral("sample.jpg"));
        sample.save(samplePath, "JPG");
        engine->rootContext()->setContextProperty(QStringLiteral("testPhotoFile"),
                                                  QUrl::fromLocalFile(samplePath));
        seedReturnedHouseholdWithConflict(session_->store());
        engine->rootContext()->setContextProperty(QStringLiteral("returnedHouseholdId"),
                                                  QStringLiteral("h-returned"));
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
