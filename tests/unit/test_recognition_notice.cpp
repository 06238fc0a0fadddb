// SPDX-License-Identifier: Apache-2.0
// The 认定结果通知书: every unregistered building of a household with its decision and what
// that decision means under Art. 24, and the Art. 24 consequence table itself.
#include "notice_test_support.h"
#include "notices/pdf_renderer.h"
#include "notices/recognition_consequence.h"
#include "notices/recognition_notice.h"
#include "survey/households/codes.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace survey;
using namespace notice_test;
using Compensation = notices::RecognitionConsequence::Compensation;

namespace {

const notices::IssueInfo kIssue{"RD-2026-000017", "2026-12-08",
                                "https://survey.example.gov.cn/verify/RD-2026-000017"};

const notices::RecognitionNoticeInfo kInfo{
    "城东区房屋征收与补偿办公室", "2026-12-08", "刘明", "0571-87650000", {}};

/// Household 17 with three unregistered buildings: 2 illegal, 3 legal, 4 undecided.
households::HouseholdRecord sampleHousehold() {
    auto h = projectHousehold(17);
    auto b3 = h.buildings[1];
    b3.id = h.id + "-B3";
    b3.no = 3;
    b3.parts = {room(3000, 3000, 2800)}; // 9.00
    auto b4 = b3;
    b4.id = h.id + "-B4";
    b4.no = 4;
    h.buildings.push_back(b3);
    h.buildings.push_back(b4);
    return h;
}

std::vector<notices::RecognitionDecision> sampleDecisions() {
    return {
        {"H0017-B2", "illegal", "城东区城市管理和综合执法局", "城东执认〔2026〕15号", "2026-12-01",
         "未取得建设工程规划许可证，依据《中华人民共和国城乡规划法》第六十四条认定为违法建筑。"},
        {"H0017-B3", "legal", "城东区自然资源和规划局", "城东规认〔2026〕8号", "2026-12-02",
         "1992年经批准建设，有建房批准文件。"},
        // another household's decision: not on this notice
        {"H0018-B2", "legal", "城东区自然资源和规划局", "城东规认〔2026〕9号", "2026-12-02",
         "他户"}};
}

/// The key-value section of building `no`, or nullptr.
const notices::KeyValueBlock* buildingBlock(const notices::NoticeDocument& doc, int no) {
    for (const auto& s : doc.sections)
        if (s.heading == "第 " + std::to_string(no) + " 幢")
            return std::get_if<notices::KeyValueBlock>(&s.body);
    return nullptr;
}

std::string value(const notices::KeyValueBlock& kv, const std::string& label) {
    for (const auto& r : kv.rows)
        if (r.label == label)
            return r.value;
    return {};
}

} // namespace

class TestRecognitionNotice : public QObject {
    Q_OBJECT

  private slots:
    void consequencesFollowArticle24() {
        const std::pair<const char*, Compensation> expected[] = {
            {"legal", Compensation::Yes},
            {"temporary_valid", Compensation::Yes},
            {"legalized", Compensation::Yes},
            {"illegal", Compensation::No},
            {"temporary_expired", Compensation::No},
            {"self_demolished", Compensation::No},
            {"pending", Compensation::Undecided},
            {"registered", Compensation::Yes}};
        for (const auto& [code, compensation] : expected) {
            const auto c = notices::recognitionConsequence(code);
            QVERIFY2(c.compensation == compensation, code);
            // the explanation states the opinion it gives
            const std::string_view key = compensation == Compensation::No    ? "不予补偿"
                                         : compensation == Compensation::Yes ? "予以补偿"
                                                                             : "另行书面通知";
            QVERIFY2(c.explanation.find(key) != std::string_view::npos, code);
        }
        QCOMPARE(notices::recognitionConsequence("self_demolished").opinion,
                 std::string_view("已拆除，不予补偿"));
        QCOMPARE(notices::recognitionConsequence("pending").opinion, std::string_view("尚未认定"));
        // every status the app knows has an explicit entry; an unknown one is not guessed
        for (const auto& c : households::recognitionCodes())
            QVERIFY2(notices::recognitionConsequence(c.code).opinion != "待核实",
                     std::string(c.code).c_str());
        QCOMPARE(notices::recognitionConsequence("typo").compensation, Compensation::Undecided);
    }

    void eachUnregisteredBuildingGetsItsDecision() {
        const auto doc =
            notices::buildRecognitionNotice(sampleHousehold(), sampleDecisions(), kInfo);
        QVERIFY(!buildingBlock(doc, 1)); // registered: no decision needed
        const auto* illegal = buildingBlock(doc, 2);
        const auto* legal = buildingBlock(doc, 3);
        const auto* pending = buildingBlock(doc, 4);
        QVERIFY(illegal && legal && pending);
        QCOMPARE(value(*illegal, "认定结果"), std::string("认定违法"));
        QVERIFY(value(*illegal, "补偿意见").find("不予补偿") != std::string::npos);
        QCOMPARE(value(*legal, "认定结果"), std::string("认定合法"));
        QVERIFY(value(*legal, "补偿意见").find("予以补偿") != std::string::npos);
        QVERIFY(value(*legal, "补偿意见").find("不予补偿") == std::string::npos);
        QCOMPARE(value(*legal, "认定日期"), std::string("2026年12月2日"));
        QCOMPARE(value(*legal, "实测建筑面积(m²)"), std::string("9.00"));
        QCOMPARE(value(*pending, "认定结果"), std::string("待认定"));
        QCOMPARE(value(*pending, "认定部门"), std::string("—"));
        QVERIFY(notices::toJson(doc).dump().find("他户") == std::string::npos);
    }

    void pdfReadsAsTheNotice() {
        const auto h = sampleHousehold();
        const auto doc = notices::buildRecognitionNotice(h, sampleDecisions(), kInfo);
        QTemporaryDir dir;
        const QString path = writePdf(dir, notices::renderPdf(doc, kIssue));
        QVERIFY(!path.isEmpty());
        const QString text = pdfText(path);
        const QStringList expected = {
            "认定结果通知书", "赵德胜（户编号：CD-0017）：", "未经登记的建筑共3幢",
            "第二十四条第二款", "认定违法", "城东区城市管理和综合执法局", "城东执认〔2026〕15号",
            "2026年12月1日", "《中华人民共和国城乡规划法》第六十四条", "14.85",
            "经认定为违法建筑，依照《条例》第二十四条第二款，不予补偿。",
            "经认定为合法建筑，依照《条例》第二十四条第二款，予以补偿。",
            "尚未认定的建筑，认定结果作出后另行书面通知。",
            // the household's remedies
            "六十日内依法申请行政复议", "六个月内依法向人民法院提起行政诉讼",
            "联系人：刘明，联系电话：0571-87650000", "2026年12月8日",
            QString::fromStdString(notices::contentHash(doc))};
        for (const QString& s : expected)
            QVERIFY2(hasPhrase(text, s), qPrintable(QStringLiteral("missing: ") + s));
        for (const QString& n : privateNumbers(h))
            QVERIFY2(!pdfDrawnText(path).contains(n), qPrintable(n));
        QCOMPARE(decodeQr(dir, path), QByteArray::fromStdString(kIssue.verifyUrl));
    }

    void closingStaysWithTheNotice() {
        // However many buildings push it down, the issuing body and date are never split
        // from each other nor left alone on a page: 特此通知 goes along with them.
        auto h = sampleHousehold();
        for (int n = 5; n <= 16; ++n) {
            auto b = h.buildings[1];
            b.id = h.id + "-B" + std::to_string(n);
            b.no = n;
            h.buildings.push_back(b);
            const auto doc = notices::buildRecognitionNotice(h, sampleDecisions(), kInfo);
            QTemporaryDir dir;
            const QString path = writePdf(dir, notices::renderPdf(doc, kIssue));
            const QString last = QString::number(pageCount(path));
            const QString text = pdfText(path, {"-f", last, "-l", last});
            for (const char* s : {"特此通知。", "城东区房屋征收与补偿办公室", "2026年12月8日"})
                QVERIFY2(
                    hasPhrase(text, s),
                    qPrintable(QStringLiteral("%1 buildings, last page lacks %2").arg(n).arg(s)));
        }
    }
};

QTEST_MAIN(TestRecognitionNotice)
#include "test_recognition_notice.moc"
