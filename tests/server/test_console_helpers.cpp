// SPDX-License-Identifier: Apache-2.0
// The console's pure helpers: the session cookie and its CSRF token, the ledger's CSV
// (quoting, BOM, formula injection), and the type of a conflicting field that picks the
// conflict editor's input. The street of an address is shared code (unit.test_street).
#include "auth/session_cookie.h"
#include "ledger/csv_writer.h"
#include "review/conflict_service.h"

#include <QtTest>

using namespace survey::server;

class TestConsoleHelpers : public QObject {
    Q_OBJECT

  private slots:
    void sessionCookie() {
        httplib::Request req;
        req.headers.emplace("Cookie", "theme=dark; survey_session=abc123 ; other=1");
        QCOMPARE(auth::sessionCookieToken(req), std::string("abc123"));
        httplib::Request none;
        none.headers.emplace("Cookie", "survey_session_old=x; session=y");
        QVERIFY(auth::sessionCookieToken(none).empty());
        const std::string set = auth::sessionSetCookie("tok", 3600, true);
        for (const char* attribute :
             {"HttpOnly", "SameSite=Strict", "Secure", "Path=/", "Max-Age=3600"})
            QVERIFY2(set.find(attribute) != std::string::npos, attribute);
        QVERIFY(auth::sessionSetCookie("tok", 60, false).find("Secure") == std::string::npos);
    }

    void csrf() {
        httplib::Request req;
        QVERIFY(!auth::hasValidCsrfToken(req, "tok"));
        req.headers.emplace("X-CSRF-Token", auth::csrfTokenFor("tok"));
        QVERIFY(auth::hasValidCsrfToken(req, "tok"));
        QVERIFY(!auth::hasValidCsrfToken(req, "another session"));
        QVERIFY(auth::csrfTokenFor("tok") != auth::csrfTokenFor("tok2"));
        QVERIFY(auth::isStateChanging("POST") && auth::isStateChanging("PUT") &&
                auth::isStateChanging("DELETE") && auth::isStateChanging("PATCH"));
        QVERIFY(!auth::isStateChanging("GET") && !auth::isStateChanging("HEAD"));
    }

    void csv() {
        ledger::LedgerTable table{"t", "t", {"户号", "面积(m²)"}, {}};
        table.rows.push_back({std::string("A,1"), ledger::AreaDm2{12345}});
        table.rows.push_back({std::string("say \"hi\"\nthere"), std::int64_t{7}});
        table.rows.push_back({std::string("=HYPERLINK(\"x\")"), ledger::Cell{}});
        table.rows.push_back({std::string("-1"), ledger::AreaDm2{-5}});
        const std::string csv = ledger::toCsv(table);
        QCOMPARE(QString::fromStdString(csv), QString::fromUtf8("\xEF\xBB\xBF户号,面积(m²)\r\n"
                                                                "\"A,1\",123.45\r\n"
                                                                "\"say \"\"hi\"\"\nthere\",7\r\n"
                                                                "\"'=HYPERLINK(\"\"x\"\")\",\r\n"
                                                                "'-1,-0.05\r\n"));
    }

    void conflictFieldTypes() {
        struct Row {
            const char *entity, *field, *type;
        };
        const Row rows[] = {
            {"household", "notes", "text"},
            {"household", "actual_use", "text"}, // a code: the console knows its list
            {"household", "business_area_dm2", "integer"},
            {"household", "lat", "real"},
            {"building", "registered", "bool"},
            {"part", "lengths_mm", "int_list"},
            {"part", "vertices_mm", "int_pair_list"},
            {"member", "deleted", "bool"},
            {"household", "no_such_field", "text"},
            {"no_such_entity", "x", "text"}};
        for (const Row& r : rows)
            QVERIFY2(review::conflictFieldType(r.entity, r.field) == r.type, r.field);
    }
};

QTEST_GUILESS_MAIN(TestConsoleHelpers)
#include "test_console_helpers.moc"
