// SPDX-License-Identifier: Apache-2.0
// The public verification page: escaped, and saying current, void or unknown.
#include "notices/verify_page.h"

#include <QtTest>

using survey::server::notices::VerifyFacts;
using survey::server::notices::verifyHtml;
using survey::server::notices::verifyJson;

namespace {
VerifyFacts facts() {
    VerifyFacts f;
    f.serial = "NT-DJB-000001";
    f.kindLabel = "房屋调查登记表";
    f.projectName = "<script>alert('x')</script>&片区";
    f.issuedOn = "2026-11-23";
    f.contentSha256 = std::string(64, 'a');
    f.pdfSha256 = std::string(64, 'b');
    return f;
}
} // namespace

class TestVerifyPage : public QObject {
    Q_OBJECT

  private slots:
    void storedTextIsEscaped() {
        const std::string html = verifyHtml(facts(), "NT-DJB-000001");
        QVERIFY(html.find("<script>") == std::string::npos);
        QVERIFY(html.find("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;片区") !=
                std::string::npos);
        QVERIFY(html.find("2026年11月23日") != std::string::npos);
        QVERIFY(html.find("有效") != std::string::npos);
        const std::string unknown = verifyHtml(std::nullopt, "<b>\"x\"</b>");
        QVERIFY(unknown.find("<b>") == std::string::npos);
        QVERIFY(unknown.find("未找到") != std::string::npos);
    }

    void voidNamesItsReplacement() {
        VerifyFacts f = facts();
        f.current = false;
        f.replacedBySerial = "NT-DJB-000002";
        const std::string html = verifyHtml(f, f.serial);
        QVERIFY(html.find("已作废") != std::string::npos);
        QVERIFY(html.find("有效") == std::string::npos);
        QVERIFY(html.find("NT-DJB-000002") != std::string::npos);
        const auto answer = verifyJson(f, f.serial);
        QCOMPARE(answer["status"], "void");
        QCOMPARE(answer["replaced_by"], "NT-DJB-000002");
        QCOMPARE(verifyJson(std::nullopt, "X")["status"], "unknown");
    }
};

QTEST_APPLESS_MAIN(TestVerifyPage)
#include "test_verify_page.moc"
