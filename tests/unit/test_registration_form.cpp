// SPDX-License-Identifier: Apache-2.0
// The 房屋调查登记表 end to end: document content, signature binding, and the issued PDF as
// a reader sees it (pdftotext) and as a scanner sees it (pdftoppm + zbarimg).
#include "notice_test_support.h"
#include "notices/pdf_renderer.h"
#include "notices/registration_form.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace survey;
using namespace notice_test;
using households::HouseholdRecord;
using households::PartRecord;

namespace {

const notices::IssueInfo kIssue{"DJB-2024-000017", "2024-05-20",
                                "https://survey.example.gov.cn/verify/DJB-2024-000017"};

PartRecord rect(std::string kind, int floor, std::int64_t w, std::int64_t d,
                std::optional<std::int64_t> height, std::optional<std::int64_t> sill = {}) {
    PartRecord p;
    p.kind = std::move(kind);
    p.floor = floor;
    p.lengthsMm = {w, d};
    p.heightMm = height;
    p.sillMm = sill;
    return p;
}

HouseholdRecord sampleHousehold() {
    HouseholdRecord h;
    h.projectName = "城东片区棚户区改造项目";
    h.projectCode = "CD-2024";
    h.code = "CD-0017";
    h.address = "城东区解放路街道红星社区东风巷";
    h.doorNo = "东风巷 17 号";
    h.headName = "张建国";
    h.headIdNumber = "11010519491231002X";
    h.headPhone = "13812345678";
    h.tenure = "private";
    h.houseCertNo = "房权证城字第 0012345 号";
    h.landCertNo = "国用(2003)第 0456 号";
    h.landType = "allocated";
    h.approvedUse = "residential";
    h.actualUse = "commercial";
    h.businessLicence = "92110105MA0000000X";
    h.notes = "临街一层改作小卖部，营业执照已核验。";
    h.members = {{"m1", "张建国", "self", "11010519491231002X", "13812345678", ""},
                 {"m2", "李秀英", "spouse", "110105195203150021", "", "残疾"},
                 {"m3", "张伟", "child", "110105197806070035", "13900001111", ""}};

    households::BuildingRecord b1;
    b1.no = 1;
    b1.structure = "04";
    b1.floorsAbove = 2;
    b1.yearBuilt = 1988;
    b1.registered = true;
    b1.certAreaDm2 = 9000;
    b1.approvedUse = "residential";
    b1.actualUse = "commercial";
    b1.recognition = "registered";
    b1.parts = {rect("room", 1, 3600, 4200, 2800), rect("room", 1, 5000, 4000, 2800),
                rect("balcony_outside", 1, 3000, 1500, {}),
                rect("room", 2, 3600, 4200, 2150), // storey below 2.20 m: half
                rect("bay_window", 2, 2000, 600, 2200, 400)};
    // A stale figure from some client: the form must print the recomputed 15.12.
    b1.parts[0].areaDm2 = 1500;
    b1.parts[0].note = "主卧";

    households::BuildingRecord b2;
    b2.no = 2;
    b2.structure = "05";
    b2.floorsAbove = 1;
    b2.registered = false;
    b2.recognition = "pending";
    PartRecord roof;
    roof.kind = "sloped_roof";
    roof.verticesMm = {{{0, 0}}, {{4000, 0}}, {{4000, 3000}}, {{0, 1500}}};
    roof.heightMm = 1800;
    b2.parts = {rect("room", 1, 4500, 3300, 2600), roof};
    h.buildings = {b1, b2};

    h.items = {{"i1", "围墙", "m", "砖砌 2.4 m 高", "", 12500}, {"i2", "水井", "个", "", "", 1000}};
    h.signatures = {
        {"s1", "head", "张建国", "2024-05-18T10:21:00+08:00", notices::formContentHash(h), ""},
        {"s2", "surveyor", "王调查", "2024-05-18T10:25:00+08:00", std::string(64, '0'), ""}};
    return h;
}

const notices::SignatureBlock& signatures(const notices::NoticeDocument& doc) {
    return std::get<notices::SignatureBlock>(doc.sections.back().body);
}

} // namespace

class TestRegistrationForm : public QObject {
    Q_OBJECT

  private slots:
    void signaturesBindToFormContent() {
        const HouseholdRecord h = sampleHousehold();
        const auto doc = notices::buildRegistrationForm(h);
        QCOMPARE(doc.title, std::string("房屋调查登记表"));
        // The printed hash (content without signatures) is the one the household signed.
        QCOMPARE(notices::contentHash(doc), notices::formContentHash(h));
        const auto& sig = signatures(doc);
        QCOMPARE(sig.rows.size(), std::size_t{2});
        QCOMPARE(sig.rows[0].role, std::string("户主"));
        QCOMPARE(sig.rows[0].status, std::string(notices::kSignatureValid));
        QCOMPARE(sig.rows[1].role, std::string("调查员"));
        QCOMPARE(sig.rows[1].status, std::string(notices::kSignatureStale));
        QVERIFY(notices::toJson(doc).dump().find("王调查") != std::string::npos);
    }

    void changedHeightMakesSignatureStale() {
        HouseholdRecord h = sampleHousehold();
        const std::string before = notices::formContentHash(h);
        h.buildings[0].parts[3].heightMm = 2200;
        QVERIFY(notices::formContentHash(h) != before);
        QCOMPARE(signatures(notices::buildRegistrationForm(h)).rows[0].status,
                 std::string(notices::kSignatureStale));
    }

    void changedItemMakesSignatureStale() {
        HouseholdRecord h = sampleHousehold();
        const std::string before = notices::formContentHash(h);
        h.items[0].quantityMilli = 12600;
        QVERIFY(notices::formContentHash(h) != before);
        QCOMPARE(signatures(notices::buildRegistrationForm(h)).rows[0].status,
                 std::string(notices::kSignatureStale));
        h = sampleHousehold();
        h.items.pop_back();
        QVERIFY(notices::formContentHash(h) != before);
    }

    void decorationHasItsOwnSection() {
        HouseholdRecord h = sampleHousehold();
        const std::string before = notices::formContentHash(h);
        // Items recorded on the tablet say "ancillary"; the server's older ones say nothing.
        h.items[1].kind = "ancillary";
        const auto plain = notices::buildRegistrationForm(h);
        QVERIFY(std::none_of(plain.sections.begin(), plain.sections.end(),
                             [](const auto& s) { return s.heading == "装修"; }));

        h.items.push_back({"i3", "木地板", "m²", "实木", "decoration", 45250});
        const auto doc = notices::buildRegistrationForm(h);
        QVERIFY(notices::formContentHash(h) != before);
        const auto at = [&](const std::string& title) -> const notices::Table& {
            const auto s = std::find_if(doc.sections.begin(), doc.sections.end(),
                                        [&](const auto& s) { return s.heading == title; });
            return std::get<notices::Table>(s->body);
        };
        QCOMPARE(at("附属物").rows.size(), std::size_t{2});
        const auto& decoration = at("装修");
        QCOMPARE(decoration.rows.size(), std::size_t{1});
        QCOMPARE(decoration.rows[0].cells[1], std::string("木地板"));
        QCOMPARE(decoration.rows[0].cells[4], std::string("45.25"));
    }

    void pdfReadsAsTheForm() {
        const HouseholdRecord h = sampleHousehold();
        const auto doc = notices::buildRegistrationForm(h);
        QTemporaryDir dir;
        const QString path = writePdf(dir, notices::renderPdf(doc, kIssue));
        QVERIFY(!path.isEmpty());
        const QString text = pdfText(path);
        const QStringList expected = {
            "房屋调查登记表", "CD-0017", "张建国", "11010519491231002X", "私有", "划拨",
            // ideographs whose glyph the font shares with a radical (门/⻔, 户/⼾, 页/⻚)
            "门牌号", "户主", "东风巷",
            // part areas, recomputed (the stored 15.00 is ignored)
            "15.12", "20.00", "2.25", "7.56", "0.60", "14.85", "4.50",
            // building subtotals, household total, certificate area kept apart
            "45.53", "19.35", "64.88", "90.00", "3.60 × 4.20", "1/2", "有效", "已失效(内容已变更)",
            QString::fromStdString(kIssue.serial), "2024-05-20",
            QString::fromStdString(notices::contentHash(doc)), "第 1 页 / 共 2 页"};
        for (const QString& s : expected)
            QVERIFY2(text.contains(s), qPrintable(QStringLiteral("missing: ") + s));
        QVERIFY(!text.contains("15.00"));
    }

    void qrCodeScansToVerifyUrl() {
        const auto doc = notices::buildRegistrationForm(sampleHousehold());
        QTemporaryDir dir;
        const QString path = writePdf(dir, notices::renderPdf(doc, kIssue));
        QCOMPARE(decodeQr(dir, path), QByteArray::fromStdString(kIssue.verifyUrl));
    }

    void longPartsTableRepeatsHeader() {
        HouseholdRecord h = sampleHousehold();
        h.buildings.resize(1);
        h.buildings[0].parts.clear();
        for (int i = 0; i < 60; ++i)
            h.buildings[0].parts.push_back(rect("room", 1 + i / 10, 3000 + i * 10, 3000, 2800));
        QTemporaryDir dir;
        const QString path =
            writePdf(dir, notices::renderPdf(notices::buildRegistrationForm(h), kIssue));
        const QString page2 = pdfText(path, {"-f", "2", "-l", "2"});
        QVERIFY2(page2.contains("第 2 页"), qPrintable(page2));
        QVERIFY(page2.contains("(续)"));
        for (const char* header : {"楼层", "部位", "层高/净高(m)", "计算规则", "面积(m2)"})
            QVERIFY2(page2.contains(header), qPrintable(QStringLiteral("missing: ") + header));
        QVERIFY(!pdfText(path, {"-f", "1", "-l", "1"}).contains("(续)"));
    }

    void screenPagesAreA4() {
        const auto doc = notices::buildRegistrationForm(sampleHousehold());
        const auto pages = notices::renderPages(doc, kIssue, 100);
        QCOMPARE(pages.size(), 2); // as many as the PDF ("共 2 页" above)
        // A draft (no serial yet, as on the tablet before issue) paginates identically.
        QCOMPARE(notices::renderPages(doc, {}, 100).size(), pages.size());
        for (const QImage& page : pages) {
            QVERIFY(!page.isNull());
            QVERIFY(qAbs(double(page.height()) / page.width() - 297.0 / 210.0) < 0.005);
            QCOMPARE(page.width(), 827); // 210 mm at 100 dpi
        }
    }
};

QTEST_MAIN(TestRegistrationForm)
#include "test_registration_form.moc"
