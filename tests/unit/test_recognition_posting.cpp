// SPDX-License-Identifier: Apache-2.0
// The 认定结果公示表 (二榜): one public row per unregistered building with its decision and
// Art. 24 opinion, totals by opinion, nothing private, and a long list as printed.
#include "notice_test_support.h"
#include "notices/pdf_renderer.h"
#include "notices/recognition_posting.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace survey;
using namespace notice_test;

namespace {

const notices::IssueInfo kIssue{"EB-2026-0001", "2027-01-10",
                                "https://survey.example.gov.cn/verify/EB-2026-0001"};

notices::PostingInfo sampleInfo() {
    notices::PostingInfo info;
    info.projectName = "城东片区棚户区改造项目";
    info.projectCode = "CD-2024";
    info.authority = "城东区房屋征收与补偿办公室";
    info.postedFrom = "2027-01-10";
    info.postedTo = "2027-01-16";
    info.postedAt = "征收范围内各公示栏";
    info.objectionTo = "城东区房屋征收与补偿办公室（解放路88号）";
    info.contactName = "刘明";
    info.contactPhone = "0571-87650000";
    return info;
}

/// `count` households; every third has its unregistered building legalised on paper
/// (registered), so it has nothing to post.
std::vector<households::HouseholdRecord> projectHouseholds(int count) {
    std::vector<households::HouseholdRecord> out;
    for (int i = 1; i <= count; ++i) {
        auto h = projectHousehold(i);
        if (i % 3 == 0) {
            h.buildings[1].registered = true;
            h.buildings[1].recognition = "registered";
        }
        out.push_back(h);
    }
    return out;
}

/// Decisions cycling through illegal, legal and self-removed; every tenth left undecided.
std::vector<notices::RecognitionDecision>
decisionsFor(const std::vector<households::HouseholdRecord>& list) {
    static const char* const statuses[] = {"illegal", "legal", "self_demolished"};
    std::vector<notices::RecognitionDecision> out;
    int n = 0;
    for (const auto& h : list) {
        const auto& b = h.buildings[1];
        if (*b.registered || ++n % 10 == 0)
            continue;
        out.push_back({b.id, statuses[n % 3], "城东区城市管理和综合执法局",
                       "城东执认〔2026〕" + std::to_string(n) + "号", "2026-12-01", "依据略"});
    }
    return out;
}

const notices::Table& resultTable(const notices::NoticeDocument& doc) {
    for (const auto& s : doc.sections)
        if (const auto* t = std::get_if<notices::Table>(&s.body))
            return *t;
    qFatal("no table");
}

} // namespace

class TestRecognitionPosting : public QObject {
    Q_OBJECT

  private slots:
    void oneRowPerUnregisteredBuilding() {
        const auto list = projectHouseholds(4); // household 3 has nothing to post
        const auto decisions = decisionsFor(list);
        const auto doc = notices::buildRecognitionPosting(sampleInfo(), list, decisions);
        const auto& t = resultTable(doc);
        QCOMPARE(t.columns.size(), std::size_t{10});
        QCOMPARE(t.rows.size(), std::size_t{4});
        const std::vector<std::string> first = {"1",
                                                "CD-0001",
                                                "王小明",
                                                "城东区解放路街道红星社区东风巷 东风巷 1 号",
                                                "2",
                                                "14.85",
                                                "认定合法",
                                                "城东区城市管理和综合执法局",
                                                "城东执认〔2026〕1号",
                                                "予以补偿"};
        QCOMPARE(t.rows[0].cells, first);
        QCOMPARE(t.rows[1].cells[6], std::string("自行拆除"));
        QCOMPARE(t.rows[1].cells[9], std::string("已拆除，不予补偿"));
        QCOMPARE(t.rows[2].cells[1], std::string("CD-0004"));
        QCOMPARE(t.rows[2].cells[9], std::string("不予补偿"));
        const auto& total = t.rows.back();
        QVERIFY(total.emphasis);
        QCOMPARE(total.cells[1], std::string("共3幢"));
        QCOMPARE(total.cells[5], std::string("44.55"));
        const auto json = notices::toJson(doc).dump();
        QVERIFY(json.find("其中予以补偿1幢、14.85平方米；不予补偿2幢、29.70平方米。") !=
                std::string::npos);
        QVERIFY(json.find("公示期自2027年1月10日起至2027年1月16日止，共7日。") !=
                std::string::npos);
    }

    void longPostingPaginatesWithoutPrivateNumbers() {
        const auto list = projectHouseholds(120);
        const auto decisions = decisionsFor(list);
        const auto doc = notices::buildRecognitionPosting(sampleInfo(), list, decisions);
        QCOMPARE(resultTable(doc).rows.size(), std::size_t{81}); // 80 buildings + totals
        QTemporaryDir dir;
        const QString path = writePdf(dir, notices::renderPdf(doc, kIssue));
        QVERIFY(!path.isEmpty());
        QCOMPARE(pageSize(path), QStringLiteral("842 x 595"));
        const int pages = pageCount(path);
        QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));

        const QString text = pdfText(path);
        const QString drawn = pdfDrawnText(path);
        for (const auto& h : list) {
            const bool posted = !*h.buildings[1].registered;
            QCOMPARE(drawn.contains(QString::fromStdString(h.code)), posted);
            // domain.md §8: names are public, ID numbers and phones never
            for (const QString& n : privateNumbers(h))
                QVERIFY2(!drawn.contains(n), qPrintable(n));
        }
        for (const char* s : {"王小明", "欧阳建国", "14.85", "认定违法", "不予补偿", "予以补偿",
                              "已拆除,不予补偿", "尚未认定", "城东执认〔2026〕79号"})
            QVERIFY2(hasPhrase(text, s), qPrintable(QStringLiteral("missing: ") + s));

        const QString page2 = pdfText(path, {"-f", "2", "-l", "2"});
        QVERIFY2(hasPhrase(page2, "认定结果（续）"), qPrintable(page2));
        for (const char* header : {"户编号", "户主", "坐落", "幢号", "实测面积", "认定结果",
                                   "认定部门", "文号", "补偿意见"})
            QVERIFY2(page2.contains(header), qPrintable(QStringLiteral("missing: ") + header));
        QVERIFY(page2.contains(QStringLiteral("第 2 页 / 共 %1 页").arg(pages)));

        const QString last =
            pdfText(path, {"-f", QString::number(pages), "-l", QString::number(pages)});
        for (const char* s : {"合计", "共80幢", "1188.00", "第二十四条第二款",
                              "城东区房屋征收与补偿办公室", "2027年1月10日"})
            QVERIFY2(hasPhrase(last, s), qPrintable(QStringLiteral("missing: ") + s));
    }
};

QTEST_MAIN(TestRecognitionPosting)
#include "test_recognition_posting.moc"
