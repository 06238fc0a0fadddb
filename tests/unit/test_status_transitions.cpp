// SPDX-License-Identifier: Apache-2.0
// The household status machine of domain.md §7: every legal step with who may take it,
// a set of illegal ones, and the multi-step paths an offline tablet sends at once.
#include "survey/households/codes.h"
#include "survey/households/status_transitions.h"

#include <QtTest>

using namespace survey::households;

namespace {
// Who may take a step, as letters: S surveyor, R reviewer, A admin, Y system.
QString takers(std::string_view from, std::string_view to) {
    QString out;
    const std::pair<Actor, QChar> actors[] = {
        {Actor::Surveyor, 'S'}, {Actor::Reviewer, 'R'}, {Actor::Admin, 'A'}, {Actor::System, 'Y'}};
    for (auto [actor, letter] : actors)
        if (checkTransition(from, to, actor).verdict == TransitionVerdict::Allowed)
            out += letter;
    return out;
}
} // namespace

class TestStatusTransitions : public QObject {
    Q_OBJECT
  private slots:
    void legalSteps_data() {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("who");
        QTest::addColumn<bool>("comment");
        auto row = [](const char* from, const char* to, const char* who, bool comment = false) {
            QTest::addRow("%s→%s", from, to) << from << to << who << comment;
        };
        row("not_surveyed", "notified", "S");
        row("notified", "in_progress", "S");
        row("notified", "absent", "S");
        row("in_progress", "awaiting_signature", "S");
        row("awaiting_signature", "in_progress", "S");
        row("awaiting_signature", "signed", "S");
        row("awaiting_signature", "refused", "S");
        row("awaiting_signature", "absent", "S");
        row("signed", "in_progress", "S");
        row("refused", "in_progress", "S");
        row("absent", "in_progress", "S");
        row("signed", "submitted", "Y");
        row("refused", "submitted", "Y");
        row("absent", "submitted", "Y");
        row("submitted", "returned", "RA", true);
        row("submitted", "approved", "RA");
        row("approved", "returned", "RA", true);
        row("returned", "in_progress", "S");
        row("approved", "posted", "RA");
        row("posted", "recognizing", "RA");
        row("recognizing", "recognized", "RA");
        row("recognized", "recognition_posted", "RA");
    }
    void legalSteps() {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, who);
        QFETCH(bool, comment);
        const std::string f = from.toStdString(), t = to.toStdString();
        QCOMPARE(takers(f, t), who);
        QCOMPARE(checkTransition(f, t, Actor::System).commentRequired, comment);
        for (Actor actor : {Actor::Surveyor, Actor::Reviewer, Actor::Admin, Actor::System}) {
            const auto check = checkTransition(f, t, actor);
            QVERIFY(check.verdict == TransitionVerdict::Allowed ||
                    check.verdict == TransitionVerdict::WrongActor);
            QCOMPARE(check.allowed(), check.verdict == TransitionVerdict::Allowed);
        }
    }

    void theTableIsExactlyTheLegalSteps() {
        // Every table row is tested above, and every row names known statuses.
        QCOMPARE(statusTransitions().size(), std::size_t(22));
        for (const auto& t : statusTransitions()) {
            QVERIFY(isKnownCode(statusCodes(), t.from));
            QVERIFY(isKnownCode(statusCodes(), t.to));
        }
    }

    void illegalSteps_data() {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<int>("verdict");
        auto row = [](const char* from, const char* to, TransitionVerdict v) {
            QTest::addRow("%s→%s", from, to) << from << to << int(v);
        };
        const auto no = TransitionVerdict::NotATransition;
        row("not_surveyed", "signed", no);          // skips the visit
        row("in_progress", "signed", no);           // skips the signing step
        row("in_progress", "submitted", no);        // a draft is not submitted
        row("awaiting_signature", "submitted", no); // unsigned
        row("submitted", "in_progress", no);        // only review reopens
        row("submitted", "posted", no);             // posting needs approval
        row("returned", "approved", no);            // must be resubmitted first
        row("returned", "submitted", no);
        row("approved", "in_progress", no); // locked until returned
        row("posted", "returned", no);      // published results are not reopened here
        row("recognition_posted", "not_surveyed", no);
        row("recognized", "recognizing", no);
        row("submitted", "finished", TransitionVerdict::UnknownStatus);
        row("", "notified", TransitionVerdict::UnknownStatus);
        row("signed", "signed", TransitionVerdict::Unchanged);
    }
    void illegalSteps() {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(int, verdict);
        for (Actor actor : {Actor::Surveyor, Actor::Reviewer, Actor::Admin, Actor::System}) {
            const auto check = checkTransition(from.toStdString(), to.toStdString(), actor);
            QCOMPARE(int(check.verdict), verdict);
            QCOMPARE(check.allowed(), check.verdict == TransitionVerdict::Unchanged);
        }
    }

    void paths_data() {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("actors"); // letters as in takers()
        QTest::addColumn<int>("verdict");
        QTest::addColumn<bool>("comment");
        auto row = [](const char* name, const char* from, const char* to, const char* actors,
                      TransitionVerdict v, bool comment = false) {
            QTest::newRow(name) << from << to << actors << int(v) << comment;
        };
        using enum TransitionVerdict;
        row("tablet creates a draft", "not_surveyed", "in_progress", "SY", Allowed);
        row("offline visit to submission", "not_surveyed", "submitted", "SY", Allowed);
        row("returned, fixed, re-signed, resubmitted", "returned", "submitted", "SY", Allowed);
        row("surveyor alone cannot submit", "signed", "submitted", "S", WrongActor);
        row("surveyor cannot approve", "submitted", "approved", "SY", WrongActor);
        row("surveyor cannot return", "submitted", "returned", "SY", WrongActor, true);
        row("surveyor cannot reopen a submission", "submitted", "in_progress", "SY",
            NotATransition);
        row("reviewer approves and posts", "submitted", "posted", "R", Allowed);
        row("admin through 认定", "approved", "recognition_posted", "A", Allowed);
        row("reviewer returns: comment", "submitted", "returned", "R", Allowed, true);
        row("reviewer cannot do the survey", "notified", "signed", "R", NotATransition);
        row("nobody goes back from posted", "posted", "submitted", "SYRA", NotATransition);
        row("same status", "approved", "approved", "S", Unchanged);
        row("unknown status", "approved", "done", "RA", UnknownStatus);
    }
    void paths() {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, actors);
        QFETCH(int, verdict);
        QFETCH(bool, comment);
        std::vector<Actor> list;
        for (QChar c : actors)
            list.push_back(c == 'S'   ? Actor::Surveyor
                           : c == 'R' ? Actor::Reviewer
                           : c == 'A' ? Actor::Admin
                                      : Actor::System);
        const auto check = checkStatusPath(from.toStdString(), to.toStdString(), list);
        QCOMPARE(int(check.verdict), verdict);
        QCOMPARE(check.commentRequired, comment);
    }
};

QTEST_GUILESS_MAIN(TestStatusTransitions)
#include "test_status_transitions.moc"
