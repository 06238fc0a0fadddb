// SPDX-License-Identifier: Apache-2.0
// The 入户调查通知书: a formal notice to one household, as the household reads it in the
// issued PDF (pdftotext) and as a scanner verifies it (QR code).
#include "notice_test_support.h"
#include "notices/pdf_renderer.h"
#include "notices/survey_notice.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace survey;
using namespace notice_test;

namespace {

const notices::IssueInfo kIssue{"TZS-2026-000017", "2026-11-16",
                                "https://survey.example.gov.cn/verify/TZS-2026-000017"};

notices::SurveyNoticeInfo sampleInfo() {
    notices::SurveyNoticeInfo info;
    info.authority = "城东区房屋征收与补偿办公室";
    info.surveyFrom = "2026-11-23";
    info.surveyTo = "2026-12-06";
    info.freezeDate = "2026-11-01";
    info.evidenceDeadline = "2026-12-10";
    info.contactName = "刘明";
    info.contactPhone = "0571-87650000";
    info.issuedOn = "2026-11-16";
    return info;
}

QString documentText(const notices::NoticeDocument& doc) {
    return QString::fromStdString(notices::toJson(doc).dump());
}

} // namespace

class TestSurveyNotice : public QObject {
    Q_OBJECT

  private slots:
    void pdfReadsAsTheNotice() {
        households::HouseholdRecord h = projectHousehold(17);
        h.actualUse = "commercial";
        const auto doc = notices::buildSurveyNotice(h, sampleInfo());
        QTemporaryDir dir;
        const QString path = writePdf(dir, notices::renderPdf(doc, kIssue));
        QVERIFY(!path.isEmpty());
        const QString text = pdfText(path);
        const QStringList expected = {
            "入户调查通知书", "城东片区棚户区改造项目（项目编号：CD-2024）",
            // addressed to the head, naming the house
            "赵德胜（户编号：CD-0017）：", "城东区解放路街道红星社区东风巷（门牌号：东风巷 17 号）",
            "《国有土地上房屋征收与补偿条例》第十五条", "城东区房屋征收与补偿办公室",
            // dates in prose
            "调查时间：2026年11月23日至2026年12月6日", "2026年11月1日确定并冻结", "第十六条",
            "违反规定实施的，不予补偿", "请于2026年12月10日前提交",
            // what to prepare; business use asks for the licence outright
            "居民身份证", "户口簿", "不动产权证书，或者房屋所有权证和国有土地使用证",
            "（五）营业执照", "联系人：刘明，联系电话：0571-87650000", "特此通知。",
            "2026年11月16日", "送达回执", QString::fromStdString(kIssue.serial),
            QString::fromStdString(notices::contentHash(doc)), "第 1 页 / 共 1 页"};
        for (const QString& s : expected)
            QVERIFY2(hasPhrase(text, s), qPrintable(QStringLiteral("missing: ") + s));
        QCOMPARE(pageCount(path), 1);
        QCOMPARE(pageSize(path), QStringLiteral("595 x 842")); // portrait A4
    }

    void qrCodeScansToVerifyUrl() {
        const auto doc = notices::buildSurveyNotice(projectHousehold(17), sampleInfo());
        QTemporaryDir dir;
        const QString path = writePdf(dir, notices::renderPdf(doc, kIssue));
        QCOMPARE(decodeQr(dir, path), QByteArray::fromStdString(kIssue.verifyUrl));
    }

    void residentialHouseholdIsAskedForLicenceOnlyIfInBusiness() {
        const auto text =
            documentText(notices::buildSurveyNotice(projectHousehold(3), sampleInfo()));
        QVERIFY(text.contains("利用房屋从事生产经营活动的，请一并提供营业执照"));
        QVERIFY(!text.contains("（五）"));
    }

    void singleSurveyDayIsOneDate() {
        auto info = sampleInfo();
        info.surveyTo = info.surveyFrom;
        const auto text = documentText(notices::buildSurveyNotice(projectHousehold(3), info));
        QVERIFY(text.contains("调查时间：2026年11月23日。"));
    }

    void missingFactsPrintAsBlanks() {
        // A notice must not read as complete when the office left a fact out.
        const auto doc = notices::buildSurveyNotice(projectHousehold(3), {});
        const QString text = documentText(doc);
        QVERIFY(text.contains("请于＿＿年＿＿月＿＿日前提交"));
        QVERIFY(text.contains("联系人：＿＿＿＿"));
    }

    void householdNumbersStayOffTheNotice() {
        // The notice may be handed to whoever opens the door: no ID numbers or phones.
        const auto h = projectHousehold(17);
        const QString text = documentText(notices::buildSurveyNotice(h, sampleInfo()));
        for (const QString& n : privateNumbers(h))
            QVERIFY2(!text.contains(n), qPrintable(n));
    }
};

QTEST_MAIN(TestSurveyNotice)
#include "test_survey_notice.moc"
