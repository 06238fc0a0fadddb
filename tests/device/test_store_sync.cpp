// SPDX-License-Identifier: Apache-2.0
// LocalStore's sync side: batches to push, push results, pulled pages.
#include "device_support.h"

#include <QTest>

using nlohmann::json;
using survey::device::test::TempStore;
namespace wire = survey::sync;

namespace {
const QString kProject = QStringLiteral("p1");

wire::ChangeResult result(const std::string& changeId, wire::ChangeStatus status,
                          std::int64_t rev) {
    wire::ChangeResult r;
    r.changeId = changeId;
    r.status = status;
    r.rev = rev;
    return r;
}

wire::PulledChange pulled(std::int64_t seq, const std::string& entity, const QString& id,
                          std::int64_t rev, json fields, wire::Op op = wire::Op::Upsert) {
    wire::PulledChange c;
    c.seq = seq;
    c.entity = entity;
    c.id = id.toStdString();
    c.rev = rev;
    c.op = op;
    c.fields = std::move(fields);
    return c;
}

QString outboxState(TempStore& t, const std::string& changeId) {
    auto q = t.store->db().prepare("SELECT state FROM outbox WHERE change_id = ?");
    q.bind(1, changeId);
    return q.step() ? QString::fromStdString(q.getText(0)) : QString();
}

} // namespace

class TestStoreSync : public QObject {
    Q_OBJECT
  private slots:
    void batchHoldsOneChangePerRecord();
    void appliedDropsSetsRevAndRebases();
    void duplicateFollowsFirstStatus();
    void conflictAndRejectedStayWithTheirAnswer();
    void pulledRowsAndCursor();
    void pullTombstones();
    void pendingLocalEditsSurvivePull();
    void olderRevisionIsSkipped();
    void malformedPageChangesNothing();
};

void TestStoreSync::batchHoldsOneChangePerRecord() {
    TempStore t;
    const QString hh = t.store->save(kProject, QStringLiteral("household"), {}, {{"code", "H1"}});
    t.store->save(kProject, QStringLiteral("household"), hh, {{"head_name", "甲"}});
    const QString b = t.store->save(kProject, QStringLiteral("building"), {},
                                    {{"household_id", hh.toStdString()}, {"no", 1}});
    auto batch = t.store->pendingChanges(kProject, 500);
    QCOMPARE(batch.size(), std::size_t{2});
    QCOMPARE(batch[0].id, hh.toStdString());
    SURVEY_COMPARE_JSON(batch[0].fields, (json{{"code", "H1"}}));
    QCOMPARE(batch[1].id, b.toStdString());
    QCOMPARE(t.store->pendingChanges(kProject, 1).size(), std::size_t{1});
    QVERIFY(t.store->pendingChanges(QStringLiteral("other"), 500).empty());
}

void TestStoreSync::appliedDropsSetsRevAndRebases() {
    TempStore t;
    const QString hh = t.store->save(kProject, QStringLiteral("household"), {}, {{"code", "H1"}});
    t.store->save(kProject, QStringLiteral("household"), hh, {{"head_name", "甲"}});
    auto first = t.store->pendingChanges(kProject, 500).at(0);
    wire::PushResponse response;
    response.results = {result(first.changeId, wire::ChangeStatus::Applied, 4),
                        result("not-ours", wire::ChangeStatus::Applied, 9)};
    t.store->applyPushResults(kProject, response);
    QCOMPARE(t.store->read(QStringLiteral("household"), hh)->rev, std::int64_t{4});
    // The second edit was made on top of the first, which the server now holds at rev 4.
    auto next = t.store->pendingChanges(kProject, 500);
    QCOMPARE(next.size(), std::size_t{1});
    QCOMPARE(next[0].baseRev, std::int64_t{4});
    SURVEY_COMPARE_JSON(next[0].fields, (json{{"head_name", "甲"}}));
    QCOMPARE(t.store->pendingCount(kProject), 1);
}

void TestStoreSync::duplicateFollowsFirstStatus() {
    TempStore t;
    const QString a = t.store->save(kProject, QStringLiteral("household"), {}, {{"code", "H1"}});
    t.store->save(kProject, QStringLiteral("household"), {}, {{"code", "H2"}});
    auto batch = t.store->pendingChanges(kProject, 500);
    wire::PushResponse response;
    response.results = {result(batch[0].changeId, wire::ChangeStatus::Duplicate, 2),
                        result(batch[1].changeId, wire::ChangeStatus::Duplicate, 0)};
    response.results[0].firstStatus = wire::ChangeStatus::Applied;
    response.results[1].firstStatus = wire::ChangeStatus::Rejected;
    t.store->applyPushResults(kProject, response);
    QCOMPARE(t.store->read(QStringLiteral("household"), a)->rev, std::int64_t{2});
    QCOMPARE(outboxState(t, batch[0].changeId), QString());
    QCOMPARE(outboxState(t, batch[1].changeId), QStringLiteral("rejected"));
}

void TestStoreSync::conflictAndRejectedStayWithTheirAnswer() {
    TempStore t;
    const QString hh = t.store->save(kProject, QStringLiteral("household"), {}, {{"code", "H1"}});
    const QString b = t.store->save(kProject, QStringLiteral("building"), {},
                                    {{"household_id", hh.toStdString()}, {"no", 1}});
    auto batch = t.store->pendingChanges(kProject, 500);
    wire::PushResponse response;
    response.results = {result(batch[0].changeId, wire::ChangeStatus::Conflict, 3),
                        result(batch[1].changeId, wire::ChangeStatus::Rejected, 0)};
    response.results[0].conflicts = {{"head_name", "a", "b", "c"}};
    response.results[1].error =
        survey::errors::ApiError{survey::errors::ErrorCode::Locked, "household approved", ""};
    t.store->applyPushResults(kProject, response);
    QCOMPARE(outboxState(t, batch[0].changeId), QStringLiteral("conflict"));
    QCOMPARE(outboxState(t, batch[1].changeId), QStringLiteral("rejected"));
    QVERIFY(t.store->pendingChanges(kProject, 500).empty());
    QCOMPARE(t.store->pendingCount(kProject), 0);
    auto q = t.store->db().prepare("SELECT result_json FROM outbox WHERE change_id = ?");
    q.bind(1, batch[1].changeId);
    QVERIFY(q.step());
    SURVEY_COMPARE_JSON(json::parse(q.getText(0))["error"]["code"], "locked");
    const auto list = t.store->households(kProject);
    QCOMPARE(list[0].problems, 2);
    QCOMPARE(list[0].pendingChanges, 0);
    QCOMPARE(t.store->read(QStringLiteral("building"), b)->rev, std::int64_t{0});

    // The surveyor sees both values of the conflict and the rejection's reason.
    const auto problems = t.store->syncProblems(hh);
    QCOMPARE(problems.size(), 2);
    QVERIFY(problems[0].conflict);
    QCOMPARE(problems[0].entity, QStringLiteral("household"));
    QCOMPARE(problems[0].fields.size(), 1);
    QCOMPARE(problems[0].fields[0].field, QStringLiteral("head_name"));
    QCOMPARE(problems[0].fields[0].office, QStringLiteral("b"));
    QCOMPARE(problems[0].fields[0].mine, QStringLiteral("c"));
    QVERIFY(!problems[1].conflict);
    QCOMPARE(problems[1].message, QStringLiteral("household approved"));
    QCOMPARE(problems[1].entityId, b);

    // Settling one leaves the other; a pending change cannot be dismissed.
    QVERIFY(t.store->dismissProblem(problems[0].seq));
    QVERIFY(!t.store->dismissProblem(problems[0].seq));
    QCOMPARE(t.store->syncProblems(hh).size(), 1);
    t.store->save(kProject, QStringLiteral("household"), hh, {{"notes", "again"}});
    auto seqQuery = t.store->db().prepare("SELECT seq FROM outbox WHERE state = 'pending'");
    QVERIFY(seqQuery.step());
    QVERIFY(!t.store->dismissProblem(seqQuery.getInt(0)));
    QCOMPARE(t.store->households(kProject)[0].problems, 1);
}

void TestStoreSync::pulledRowsAndCursor() {
    TempStore t;
    QCOMPARE(t.store->pullCursor(kProject), qint64{0});
    wire::ChangesPage page;
    page.changes = {pulled(5, "household", "h-1", 1, {{"code", "H7"}, {"head_name", "乙"}}),
                    pulled(6, "building", "b-1", 1, {{"household_id", "h-1"}, {"no", 1}}),
                    pulled(7, "garden_gnome", "g-1", 1, {{"x", 1}}),
                    pulled(8, "household", "h-1", 2,
                           {{"code", "H7"}, {"head_name", "丙"}, {"status", "submitted"}})};
    page.next = 8;
    t.store->applyPulled(kProject, page);
    QCOMPARE(t.store->pullCursor(kProject), qint64{8});
    QVERIFY(!t.store->lastSyncAt(kProject).isEmpty());
    auto hh = t.store->read(QStringLiteral("household"), QStringLiteral("h-1"));
    QCOMPARE(hh->rev, std::int64_t{2});
    SURVEY_COMPARE_JSON(hh->fields["head_name"], "丙");
    QCOMPARE(hh->projectId, "p1");
    QCOMPARE(t.store->children(QStringLiteral("building"), QStringLiteral("h-1")).size(), 1);
    QCOMPARE(t.outboxRows(), 0); // pulled data is not a local change
    QCOMPARE(t.store->households(kProject)[0].status, QStringLiteral("submitted"));
}

void TestStoreSync::pullTombstones() {
    TempStore t;
    wire::ChangesPage page;
    page.changes = {pulled(1, "household", "h-1", 1, {{"code", "H7"}}),
                    pulled(2, "household", "h-1", 2, json::object(), wire::Op::Delete),
                    pulled(3, "household", "h-unknown", 5, json::object(), wire::Op::Delete)};
    page.next = 3;
    t.store->applyPulled(kProject, page);
    auto hh = t.store->read(QStringLiteral("household"), QStringLiteral("h-1"));
    QVERIFY(hh->deleted);
    QCOMPARE(hh->rev, std::int64_t{2});
    QVERIFY(!t.store->read(QStringLiteral("household"), QStringLiteral("h-unknown")));
    QVERIFY(t.store->households(kProject).isEmpty());
}

void TestStoreSync::pendingLocalEditsSurvivePull() {
    TempStore t;
    wire::ChangesPage first;
    first.changes = {pulled(1, "household", "h-1", 1,
                            {{"code", "H7"}, {"head_name", "乙"}, {"address", "旧址"}})};
    first.next = 1;
    t.store->applyPulled(kProject, first);
    t.store->save(kProject, QStringLiteral("household"), QStringLiteral("h-1"),
                  {{"head_name", "本机"}});
    wire::ChangesPage second;
    second.changes = {pulled(2, "household", "h-1", 2,
                             {{"code", "H7"}, {"head_name", "服务器"}, {"address", "新址"}}),
                      pulled(3, "household", "h-1", 3, json::object(), wire::Op::Delete)};
    second.next = 3;
    t.store->applyPulled(kProject, second);
    auto hh = t.store->read(QStringLiteral("household"), QStringLiteral("h-1"));
    QVERIFY(!hh->deleted);                                // the pending push decides
    SURVEY_COMPARE_JSON(hh->fields["head_name"], "本机"); // local edit kept
    SURVEY_COMPARE_JSON(hh->fields["address"], "新址");   // server change taken
    QCOMPARE(hh->rev, std::int64_t{2});
    auto batch = t.store->pendingChanges(kProject, 500);
    QCOMPARE(batch.size(), std::size_t{1});
    QCOMPARE(batch[0].baseRev, std::int64_t{1}); // the change keeps the base it was made on
    QCOMPARE(t.store->pullCursor(kProject), qint64{3});
}

void TestStoreSync::olderRevisionIsSkipped() {
    TempStore t;
    const QString hh = t.store->save(kProject, QStringLiteral("household"), {}, {{"code", "H1"}});
    wire::PushResponse response;
    response.results = {
        result(t.store->pendingChanges(kProject, 1)[0].changeId, wire::ChangeStatus::Applied, 5)};
    t.store->applyPushResults(kProject, response);
    wire::ChangesPage page;
    page.changes = {pulled(9, "household", hh, 4, {{"code", "H-old"}})};
    page.next = 9;
    t.store->applyPulled(kProject, page);
    SURVEY_COMPARE_JSON(t.store->read(QStringLiteral("household"), hh)->fields["code"], "H1");
    QCOMPARE(t.store->pullCursor(kProject), qint64{9});
}

void TestStoreSync::malformedPageChangesNothing() {
    TempStore t;
    wire::ChangesPage page;
    page.changes = {pulled(1, "household", "h-1", 1, {{"code", "H7"}}),
                    pulled(2, "household", "h-2", 1, {{"code", 42}})};
    page.next = 2;
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, t.store->applyPulled(kProject, page));
    QVERIFY(!t.store->read(QStringLiteral("household"), QStringLiteral("h-1")));
    QCOMPARE(t.store->pullCursor(kProject), qint64{0});
}

QTEST_GUILESS_MAIN(TestStoreSync)
#include "test_store_sync.moc"
