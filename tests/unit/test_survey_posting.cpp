// SPDX-License-Identifier: Apache-2.0
// The 调查结果公示表 (一榜): a public list of a project's survey results. Figures per household
// and in total, what must never be public (ID numbers, phones), and a long list as printed:
// landscape pages, the header row repeated, page x of y.
#include "notice_test_support.h"
#include "notices/pdf_renderer.h"
#include "notices/survey_posting.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace survey;
using namespace notice_test;

namespace {

const notices::IssueInfo kIssue{"YB-2026-0001", "2026-12-15",
                                "https://survey.example.gov.cn/verify/YB-2026-0001"};

notices::PostingInfo sampleInfo() {
    notices::PostingInfo info;
    info.projectName = "城东片区棚户区改造项目";
    info.projectCode = "CD-2024";
    info.authority = "城东区房屋征收与补偿办公室";
    info.postedFrom = "2026-12-15";
    info.postedAt = "征收范围内各公示栏及红星社区居民委员会公示栏";
    info.objectionTo = "城东区房屋征收与补偿办公室（解放路88号）";
    info.contactName = "刘明";
    info.contactPhone = "0571-87650000";
    return info;
}

std::vector<households::HouseholdRecord> projectHouseholds(int count) {
    std::vector<households::HouseholdRecord> out;
    for (int i = 1; i <= count; ++i)
        out.push_back(projectHousehold(i));
    return out;
}

const notices::Table& resultTable(const notices::NoticeDocument& doc) {
    for (const auto& s : doc.sections)
        if (const auto* t = std::get_if<notices::Table>(&s.body))
            return *t;
    qFatal("no table");
}

} // namespace

class TestSurveyPosting : public QObject {
    Q_OBJECT

  private slots:
    void rowsHoldTheHouseholdFigures() {
        auto list = projectHouseholds(3);
        list[1].tenure = "public_direct";
        list[1].actualUse = "commercial";
        list[1].status = "posted";
        list[2].buildings.resize(1); // no unregistered building
        const auto doc = notices::buildSurveyPosting(sampleInfo(), list);
        const auto& t = resultTable(doc);
        QCOMPARE(t.columns.size(), std::size_t{10});
        QCOMPARE(t.rows.size(), std::size_t{4});
        const std::vector<std::string> second = {
            "2",        "CD-0002",   "李秀英", "城东区解放路街道红星社区东风巷 东风巷 2 号",
            "直管公房", "住宅/商业", "90.00",  "49.97",
            "1/1",      "已公示"};
        QCOMPARE(t.rows[1].cells, second);
        QCOMPARE(t.rows[2].cells[7], std::string("35.12"));
        QCOMPARE(t.rows[2].cells[8], std::string("1/0"));
        // totals: 3 × 90.00 certificate, 49.97 + 49.97 + 35.12 measured
        const auto& total = t.rows.back();
        QVERIFY(total.emphasis);
        QCOMPARE(total.cells[0], std::string("合计"));
        QCOMPARE(total.cells[1], std::string("共3户"));
        QCOMPARE(total.cells[6], std::string("270.00"));
        QCOMPARE(total.cells[7], std::string("135.06"));
        QCOMPARE(total.cells[8], std::string("3/2"));
    }

    void householdWithoutBuildingsHasNoMeasuredArea() {
        auto list = projectHouseholds(2);
        list[1].buildings.clear();
        list[1].status = "not_surveyed";
        const auto doc = notices::buildSurveyPosting(sampleInfo(), list);
        const auto& t = resultTable(doc);
        QCOMPARE(t.rows[1].cells[6], std::string("—"));
        QCOMPARE(t.rows[1].cells[7], std::string("—")); // not a measured 0.00
        QCOMPARE(t.rows[1].cells[8], std::string("—"));
        QCOMPARE(t.rows[1].cells[9], std::string("未调查"));
        QCOMPARE(t.rows.back().cells[7], std::string("49.97"));
        QCOMPARE(t.rows.back().cells[8], std::string("1/1"));
    }

    void unknownRegistrationAndUncomputablePartsAreShown() {
        auto list = projectHouseholds(1);
        list[0].buildings[1].registered.reset();
        households::PartRecord broken;
        broken.kind = "no_such_kind";
        list[0].buildings[0].parts.push_back(broken);
        const auto doc = notices::buildSurveyPosting(sampleInfo(), list);
        const auto& row = resultTable(doc).rows[0];
        QCOMPARE(row.cells[7], std::string("49.97*"));
        QCOMPARE(row.cells[8], std::string("1/0（未明1）"));
        QVERIFY(notices::toJson(doc).dump().find("须复核后更正") != std::string::npos);
    }

    void postingPeriodDefaultsToSevenDays() {
        const auto doc = notices::buildSurveyPosting(sampleInfo(), projectHouseholds(1));
        const auto json = notices::toJson(doc).dump();
        QVERIFY(json.find("公示期自2026年12月15日起至2026年12月21日止，共7日。") !=
                std::string::npos);
        auto info = sampleInfo();
        info.postedTo = "2026-12-24";
        const auto longer =
            notices::toJson(notices::buildSurveyPosting(info, projectHouseholds(1)));
        QVERIFY(longer.dump().find("至2026年12月24日止，共10日。") != std::string::npos);
        info.postedFrom = "2026-12-28"; // across the year end
        info.postedTo.clear();
        const auto newYear =
            notices::toJson(notices::buildSurveyPosting(info, projectHouseholds(1)));
        QVERIFY(newYear.dump().find("自2026年12月28日起至2027年1月3日止，共7日。") !=
                std::string::npos);
        // a malformed date is printed as given, never guessed at
        info.postedFrom = "2026-02-30";
        const auto bad = notices::toJson(notices::buildSurveyPosting(info, projectHouseholds(1)));
        QVERIFY(bad.dump().find("公示期自2026-02-30起至＿＿年＿＿月＿＿日止。") !=
                std::string::npos);
    }

    void longPostingPaginatesWithoutPrivateNumbers() {
        const auto list = projectHouseholds(120);
        const auto doc = notices::buildSurveyPosting(sampleInfo(), list);
        QTemporaryDir dir;
        const QString path = writePdf(dir, notices::renderPdf(doc, kIssue));
        QVERIFY(!path.isEmpty());
        QCOMPARE(pageSize(path), QStringLiteral("842 x 595")); // landscape A4
        const int pages = pageCount(path);
        QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));

        const QString text = pdfText(path);
        const QString drawn = pdfDrawnText(path);
        for (const auto& h : list) {
            QVERIFY2(hasPhrase(text, QString::fromStdString(h.code)), h.code.c_str());
            // domain.md §8: names are public, ID numbers and phones never
            for (const QString& n : privateNumbers(h))
                QVERIFY2(!drawn.contains(n), qPrintable(n));
        }
        for (const char* name : {"王小明", "李秀英", "欧阳建国"})
            QVERIFY2(text.contains(name), name);
        for (const char* s : {"49.97", "90.00"})
            QVERIFY2(text.contains(s), s);
        // nothing private in the stored document either
        const QString json = QString::fromStdString(notices::toJson(doc).dump());
        for (const auto& h : list)
            for (const QString& n : privateNumbers(h))
                QVERIFY2(!json.contains(n), qPrintable(n));

        // page 2 repeats the heading (marked 续) and the header row, and counts the pages
        const QString page2 = pdfText(path, {"-f", "2", "-l", "2"});
        QVERIFY2(hasPhrase(page2, "调查结果（续）"), qPrintable(page2));
        for (const char* header : {"序号", "户编号", "户主", "坐落/门牌号", "权属", "证载面积",
                                   "实测面积", "有证/无证", "状态"})
            QVERIFY2(page2.contains(header), qPrintable(QStringLiteral("missing: ") + header));
        QVERIFY(page2.contains(QStringLiteral("第 2 页 / 共 %1 页").arg(pages)));
        QVERIFY(!pdfText(path, {"-f", "1", "-l", "1"}).contains("(续)"));

        // the totals row and the closing end the last page
        const QString last =
            pdfText(path, {"-f", QString::number(pages), "-l", QString::number(pages)});
        for (const char* s : {"合计", "共120户", "10800.00", "5996.40", "120/120",
                              "城东区房屋征收与补偿办公室", "2026年12月15日"})
            QVERIFY2(hasPhrase(last, s), qPrintable(QStringLiteral("missing: ") + s));
    }

    void qrCodeScansOnLandscapePage() {
        const auto doc = notices::buildSurveyPosting(sampleInfo(), projectHouseholds(2));
        QTemporaryDir dir;
        const QString path = writePdf(dir, notices::renderPdf(doc, kIssue));
        QCOMPARE(decodeQr(dir, path), QByteArray::fromStdString(kIssue.verifyUrl));
    }

    void screenPagesAreLandscape() {
        const auto doc = notices::buildSurveyPosting(sampleInfo(), projectHouseholds(2));
        const auto pages = notices::renderPages(doc, kIssue, 100);
        QCOMPARE(pages.size(), 1);
        QCOMPARE(pages[0].width(), 1169); // 297 mm at 100 dpi
        QCOMPARE(pages[0].height(), 827);
    }
};

QTEST_MAIN(TestSurveyPosting)
#include "test_survey_posting.moc"
