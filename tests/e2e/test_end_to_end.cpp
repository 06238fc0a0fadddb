// SPDX-License-Identifier: Apache-2.0
// One survey, end to end: tablet A records a household offline and syncs it to the real
// survey-server; a replayed push changes nothing; tablet B rebuilds from the change cursor
// and renders the registration form with the same figures, read back from the PDF.
#include "notices/pdf_renderer.h"
#include "notices/registration_form.h"
#include "pdf_tools.h"
#include "server_process.h"
#include "store/local_store.h"
#include "survey/households/household_record.h"
#include "sync/cert_pin.h"
#include "sync/sync_client.h"
#include "sync/sync_engine.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace survey;
using namespace survey::device;
using nlohmann::json;

namespace {
constexpr int kWaitMs = 30'000;
const QString kUser = QStringLiteral("surveyor1");
const QString kPassword = QStringLiteral("correct-horse-42");

/// A tablet: its store and its client.
struct Tablet {
    std::unique_ptr<LocalStore> store;
    std::unique_ptr<SyncClient> client;
};
} // namespace

class TestEndToEnd : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase();
    void tabletLogsInAndFetchesProjects();
    void wrongPinIsRefused();
    void surveyIsSyncedAndApplied();
    void replayedPushIsDuplicate();
    void secondTabletPullsTheSameHousehold();
    void registrationFormShowsTheFigures();

  private:
    bool login(Tablet& tablet);
    bool syncProject(Tablet& tablet);
    /// Number of changes the server's cursor holds for the project.
    int serverChangeCount(SyncClient& client);

    QTemporaryDir dir_;
    std::unique_ptr<e2e::ServerProcess> server_;
    QString projectId_;
    Tablet a_, b_;
    QString householdId_;
    QList<QPair<QString, QString>> records_; ///< (entity, id) of everything A saved
    sync::PushRequest firstPush_;
};

void TestEndToEnd::initTestCase() {
    QVERIFY(dir_.isValid());
    const QString data = dir_.filePath(QStringLiteral("server-data"));
    auto project = e2e::runServerCommand(data, {QStringLiteral("project"), QStringLiteral("add"),
                                                QStringLiteral("DJB"), QStringLiteral("--name"),
                                                QStringLiteral("东街棚改项目")});
    QVERIFY2(project.ok, qPrintable(project.err));
    projectId_ = project.out.trimmed();
    QVERIFY(!projectId_.isEmpty());
    auto user = e2e::runServerCommand(data,
                                      {QStringLiteral("user"), QStringLiteral("add"), kUser,
                                       QStringLiteral("--role"), QStringLiteral("surveyor"),
                                       QStringLiteral("--project"), QStringLiteral("DJB")},
                                      kPassword.toUtf8() + '\n');
    QVERIFY2(user.ok, qPrintable(user.err));
    server_ = std::make_unique<e2e::ServerProcess>(data);
    QVERIFY2(server_->start(), qPrintable(server_->log()));
    QCOMPARE(server_->url().scheme(), QStringLiteral("https"));
}

bool TestEndToEnd::login(Tablet& tablet) {
    QSignalSpy loggedIn(tablet.client.get(), &SyncClient::loggedIn);
    QSignalSpy fetched(tablet.client.get(), &SyncClient::projectsFetched);
    tablet.client->login(kUser, kPassword, tablet.store->deviceId());
    if (!loggedIn.wait(kWaitMs))
        return false;
    tablet.store->setUserName(loggedIn.at(0).at(1).toString());
    tablet.client->fetchProjects();
    if (!fetched.wait(kWaitMs))
        return false;
    for (const auto& p : fetched.at(0).at(0).value<QList<ProjectInfo>>())
        tablet.store->upsertProject(p);
    return tablet.store->project(projectId_).has_value();
}

bool TestEndToEnd::syncProject(Tablet& tablet) {
    SyncEngine engine(*tablet.store, *tablet.client);
    QSignalSpy finished(&engine, &SyncEngine::finished);
    engine.syncProject(projectId_);
    if (!finished.wait(kWaitMs * 2))
        return false;
    if (!finished.at(0).at(0).toBool())
        qWarning() << "sync failed:" << finished.at(0).at(1).toString();
    return finished.at(0).at(0).toBool();
}

int TestEndToEnd::serverChangeCount(SyncClient& client) {
    QSignalSpy pulled(&client, &SyncClient::changesPulled);
    client.pullChanges(projectId_, 0, 5000);
    if (!pulled.wait(kWaitMs))
        return -1;
    const auto page = pulled.at(0).at(0).value<sync::ChangesPage>();
    return page.more ? -1 : static_cast<int>(page.changes.size());
}

void TestEndToEnd::tabletLogsInAndFetchesProjects() {
    a_.store = std::make_unique<LocalStore>(dir_.filePath(QStringLiteral("a/device.db")));
    a_.client = std::make_unique<SyncClient>(server_->url(), server_->fingerprint());
    QVERIFY(login(a_));
    QCOMPARE(a_.store->project(projectId_)->code, QStringLiteral("DJB"));
    QVERIFY(!a_.client->token().isEmpty());
}

void TestEndToEnd::wrongPinIsRefused() {
    QString wrong = normalizePin(server_->fingerprint());
    QVERIFY(!wrong.isEmpty());
    wrong[0] = wrong[0] == u'0' ? u'1' : u'0';
    SyncClient client(server_->url(), wrong);
    QSignalSpy failed(&client, &SyncClient::failed);
    client.login(kUser, kPassword, a_.store->deviceId());
    QVERIFY(failed.wait(kWaitMs));
    QCOMPARE(failed.at(0).at(0).toString(), QStringLiteral("login"));
    QCOMPARE(failed.at(0).at(1).toString(), QStringLiteral("tls_pin"));
}

void TestEndToEnd::surveyIsSyncedAndApplied() {
    LocalStore& s = *a_.store;
    householdId_ = s.save(projectId_, QStringLiteral("household"), {},
                          {{"code", "DJB-0001"},
                           {"head_name", "王建国"},
                           {"head_id_number", "11010519491231002X"},
                           {"head_phone", "13812345678"},
                           {"address", "东街 12 号"},
                           {"door_no", "12"},
                           {"tenure", "private"},
                           {"approved_use", "residential"},
                           {"actual_use", "residential"}});
    records_.append({QStringLiteral("household"), householdId_});
    const QString building = s.save(projectId_, QStringLiteral("building"), {},
                                    {{"household_id", householdId_.toStdString()},
                                     {"no", 1},
                                     {"structure", "04"},
                                     {"floors_above", 2},
                                     {"registered", true},
                                     {"cert_area_dm2", 2900}});
    records_.append({QStringLiteral("building"), building});
    struct Part {
        const char* kind;
        int floor;
        std::int64_t width, depth, height, areaDm2;
    };
    // 5.00 × 4.00 = 20.00 m²; 3.01 × 3.50 = 10.535 m² at 2.15 m < 2.20 m → half, 5.2675 →
    // 5.27 (half-up); 2.40 × 1.85 = 4.44 m². Total 29.71 m².
    const Part parts[] = {{"room", 1, 5000, 4000, 2800, 2000},
                          {"room", 2, 3010, 3500, 2150, 527},
                          {"stair", 1, 2400, 1850, 2800, 444}};
    for (const Part& p : parts) {
        const QString id = s.save(projectId_, QStringLiteral("part"), {},
                                  {{"building_id", building.toStdString()},
                                   {"floor", p.floor},
                                   {"kind", p.kind},
                                   {"lengths_mm", {p.width, p.depth}},
                                   {"height_mm", p.height}});
        QCOMPARE(s.read(QStringLiteral("part"), id)->fields["area_dm2"].get<std::int64_t>(),
                 p.areaDm2);
        records_.append({QStringLiteral("part"), id});
    }
    firstPush_.deviceId = s.deviceId().toStdString();
    firstPush_.changes = s.pendingChanges(projectId_, SyncEngine::kBatchSize);
    QCOMPARE(firstPush_.changes.size(), std::size_t{5});

    QSignalSpy pushed(a_.client.get(), &SyncClient::pushed);
    QVERIFY(syncProject(a_));
    QCOMPARE(pushed.size(), 1);
    const auto response = pushed.at(0).at(0).value<sync::PushResponse>();
    QCOMPARE(response.results.size(), std::size_t{5});
    for (const auto& r : response.results)
        QVERIFY2(r.status == sync::ChangeStatus::Applied,
                 r.error ? r.error->message.c_str()
                         : std::string(sync::statusName(r.status)).c_str());
    QCOMPARE(s.pendingCount(projectId_), 0);
    auto q = s.db().prepare("SELECT count(*) FROM outbox");
    QVERIFY(q.step());
    QCOMPARE(q.getInt(0), std::int64_t{0}); // nothing kept as conflict or rejected either
    for (const auto& [entity, id] : records_)
        QVERIFY(s.read(entity, id)->rev > 0);
    QCOMPARE(s.households(projectId_).at(0).pendingChanges, 0);
}

void TestEndToEnd::replayedPushIsDuplicate() {
    const int before = serverChangeCount(*a_.client);
    QVERIFY(before >= 5);
    QSignalSpy pushed(a_.client.get(), &SyncClient::pushed);
    a_.client->push(projectId_, firstPush_);
    QVERIFY(pushed.wait(kWaitMs));
    const auto response = pushed.at(0).at(0).value<sync::PushResponse>();
    QCOMPARE(response.results.size(), firstPush_.changes.size());
    for (const auto& r : response.results) {
        QCOMPARE(r.status, sync::ChangeStatus::Duplicate);
        if (r.firstStatus)
            QCOMPARE(*r.firstStatus, sync::ChangeStatus::Applied);
    }
    QCOMPARE(serverChangeCount(*a_.client), before);
}

void TestEndToEnd::secondTabletPullsTheSameHousehold() {
    b_.store = std::make_unique<LocalStore>(dir_.filePath(QStringLiteral("b/device.db")));
    b_.client = std::make_unique<SyncClient>(server_->url(), server_->fingerprint());
    QVERIFY(b_.store->deviceId() != a_.store->deviceId());
    QVERIFY(login(b_));
    QCOMPARE(b_.store->pullCursor(projectId_), qint64{0});
    QVERIFY(syncProject(b_));
    QVERIFY(b_.store->pullCursor(projectId_) > 0);
    for (const auto& [entity, id] : records_) {
        const auto mine = a_.store->read(entity, id);
        const auto pulled = b_.store->read(entity, id);
        QVERIFY2(pulled, qPrintable(entity + u' ' + id));
        QVERIFY2(pulled->fields == mine->fields,
                 (pulled->fields.dump() + " != " + mine->fields.dump()).c_str());
        QCOMPARE(pulled->rev, mine->rev);
        QVERIFY(!pulled->deleted);
    }
    const auto list = b_.store->households(projectId_);
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.at(0).code, QStringLiteral("DJB-0001"));
}

void TestEndToEnd::registrationFormShowsTheFigures() {
    const auto household = households::loadHousehold(b_.store->db(), householdId_.toStdString());
    QVERIFY(household);
    const auto form = notices::buildRegistrationForm(*household);
    const QString serial = QStringLiteral("DEMO-DJB-000001");
    const QString verifyUrl =
        QStringLiteral("https://127.0.0.1:%1/verify/%2").arg(server_->url().port()).arg(serial);
    const QByteArray pdf = notices::renderPdf(
        form, {serial.toStdString(), QDate::currentDate().toString(Qt::ISODate).toStdString(),
               verifyUrl.toStdString()});
    QVERIFY(pdf.startsWith("%PDF"));
    const QString pdfPath = dir_.filePath(QStringLiteral("registration_form.pdf"));
    QFile file(pdfPath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(pdf), pdf.size());
    file.close();

    const QString text = e2e::pdfText(pdfPath);
    QVERIFY2(!text.isEmpty(), "pdftotext failed");
    for (const char* needle : {"DJB-0001", "王建国", "20.00", "5.27", "4.44", "29.71"})
        QVERIFY2(text.contains(QString::fromUtf8(needle)),
                 qPrintable(QStringLiteral("%1 not in:\n%2").arg(QString::fromUtf8(needle), text)));

    QVERIFY(QDir(dir_.path()).mkpath(QStringLiteral("qr")));
    QCOMPARE(e2e::pdfFirstPageQr(pdfPath, dir_.filePath(QStringLiteral("qr"))), verifyUrl);
}

QTEST_MAIN(TestEndToEnd)
#include "test_end_to_end.moc"
