// SPDX-License-Identifier: Apache-2.0
// The demo generator: realistic, valid data pushed through the push service, and re-runnable.
#include "auth/password_hash.h"
#include "auth/user_repository.h"
#include "demo/demo_generator.h"
#include "demo/demo_people.h"
#include "demo/demo_survey.h"
#include "projects/project_repository.h"
#include "survey/households/codes.h"
#include "survey/identity/id_number.h"
#include "survey/storage/migrations.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace survey;
using namespace survey::server;

namespace {
std::int64_t scalar(storage::Database& db, const std::string& sql) {
    auto q = db.prepare(sql);
    q.step();
    return q.getInt(0);
}
} // namespace

class TestDemo : public QObject {
    Q_OBJECT
  private slots:
    void idNumbersCarryTheRightCheckDigit() {
        // The standard's worked example.
        QCOMPARE(demo::makeIdNumber("110105", 19491231, 1, false),
                 std::string("11010519491231002X"));
        const std::string man = demo::makeIdNumber("420106", 19700101, 37, true);
        QVERIFY(identity::validateIdNumber(man, 20240101).valid);
        QVERIFY((man[16] - '0') % 2 == 1);
    }

    void sameSeedSameSurvey() {
        const auto a = demo::makeDemoSurvey(7, 5);
        const auto b = demo::makeDemoSurvey(7, 5);
        QCOMPARE(a.surveyChanges.size(), b.surveyChanges.size());
        for (std::size_t i = 0; i < a.surveyChanges.size(); ++i)
            QCOMPARE(a.surveyChanges[i].fields, b.surveyChanges[i].fields);
    }

    void demoIsRealisticAndRerunnable() {
        QTemporaryDir dir;
        auto db = storage::Database::open(dir.filePath("survey.db").toStdString());
        storage::migrate(db, storage::SchemaRole::Server);

        const auto first = demo::generateDemo(db);
        QCOMPARE(first.householdsCreated, demo::kDemoHouseholds);
        QCOMPARE(first.logins.size(), std::size_t(4));
        QCOMPARE(scalar(db, "SELECT count(*) FROM households"), demo::kDemoHouseholds);
        QVERIFY(scalar(db, "SELECT count(DISTINCT status) FROM households") >= 8);
        QVERIFY(scalar(db, "SELECT count(*) FROM households WHERE status = 'approved'") > 0);
        QVERIFY(scalar(db, "SELECT count(*) FROM parts WHERE height_mm = 2150") > 0);
        // Every record reached the change log through the push service.
        QCOMPARE(scalar(db, "SELECT count(*) FROM change_log"), first.changesApplied);
        QVERIFY(scalar(db, "SELECT count(*) FROM change_log") >
                scalar(db, "SELECT count(*) FROM households") +
                    scalar(db, "SELECT count(*) FROM parts"));
        // Each building has 3-6 parts and its measured area is their sum.
        QCOMPARE(scalar(db, "SELECT count(*) FROM buildings b WHERE (SELECT count(*) FROM parts p"
                            " WHERE p.building_id = b.id) NOT BETWEEN 3 AND 6"),
                 0);
        QCOMPARE(scalar(db, "SELECT count(*) FROM buildings b WHERE measured_area_dm2 <>"
                            " (SELECT sum(area_dm2) FROM parts p WHERE p.building_id = b.id)"),
                 0);
        // Every coded field uses the shared code tables.
        auto codes = db.prepare("SELECT tenure, approved_use, actual_use, status FROM households");
        while (codes.step()) {
            QVERIFY(households::isKnownCode(households::tenureCodes(), codes.getText(0)));
            QVERIFY(households::isKnownCode(households::useCodes(), codes.getText(1)));
            QVERIFY(households::isKnownCode(households::useCodes(), codes.getText(2)));
            QVERIFY(households::isKnownCode(households::statusCodes(), codes.getText(3)));
        }
        auto structures = db.prepare("SELECT structure, recognition FROM buildings");
        while (structures.step()) {
            QVERIFY(households::isKnownCode(households::structureCodes(), structures.getText(0)));
            QVERIFY(households::isKnownCode(households::recognitionCodes(), structures.getText(1)));
        }
        auto relations = db.prepare("SELECT relation FROM members");
        while (relations.step())
            QVERIFY(households::isKnownCode(households::relationCodes(), relations.getText(0)));

        auto ids = db.prepare("SELECT head_id_number FROM households UNION ALL"
                              " SELECT id_number FROM members");
        int checked = 0;
        while (ids.step()) {
            const auto check = identity::validateIdNumber(ids.getText(0), 20240315);
            QVERIFY2(check.valid, ids.getText(0).c_str());
            ++checked;
        }
        QVERIFY(checked > demo::kDemoHouseholds);

        auth::UserRepository users(db);
        auto surveyor = users.findByUsername("surveyor1");
        QVERIFY(surveyor);
        QVERIFY(auth::verifyPassword(first.logins[0].password, surveyor->passwordHash));
        QVERIFY(users.isAssigned(surveyor->id, first.projectId));

        const auto rows = scalar(db, "SELECT count(*) FROM change_log");
        const auto second = demo::generateDemo(db);
        QCOMPARE(second.projectId, first.projectId);
        QCOMPARE(second.householdsCreated, 0);
        QCOMPARE(scalar(db, "SELECT count(*) FROM households"), demo::kDemoHouseholds);
        QCOMPARE(scalar(db, "SELECT count(*) FROM change_log"), rows);
        QCOMPARE(scalar(db, "SELECT count(*) FROM projects"), 1);
        surveyor = users.findByUsername("surveyor1");
        QVERIFY(second.logins[0].password != first.logins[0].password);
        QVERIFY(auth::verifyPassword(second.logins[0].password, surveyor->passwordHash));
    }
};

QTEST_APPLESS_MAIN(TestDemo)
#include "test_demo.moc"
