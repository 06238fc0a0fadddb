// SPDX-License-Identifier: Apache-2.0
// Area rules of domain.md §5: every threshold on both sides, rounding at exact halves, the
// geometry guards. Expected numbers are worked out by hand in the row comments.
#include "survey/measure/area_rules.h"

#include <QtTest>
#include <limits>

using namespace survey::measure;
using enum PartKind;

Q_DECLARE_METATYPE(PartGeometry)
Q_DECLARE_METATYPE(Factor)
Q_DECLARE_METATYPE(AreaSettings)

namespace survey::measure {
// Found by QCOMPARE through argument-dependent lookup, for readable failures.
char* toString(const Factor& f) {
    return QTest::toString(QString("%1/%2").arg(f.num).arg(f.den));
}
} // namespace survey::measure

namespace {

constexpr Factor kFull{1, 1};
constexpr Factor kHalf{1, 2};
constexpr Factor kNone{0, 1};

using Mm = std::optional<std::int64_t>;
using Vertices = std::vector<std::array<std::int64_t, 2>>;

PartGeometry rect(PartKind kind, std::int64_t w, std::int64_t d, Mm height = {}, Mm sill = {}) {
    return {kind, {w, d}, {}, height, sill};
}

PartGeometry poly(PartKind kind, Vertices vertices, Mm height = {}) {
    return {kind, {}, std::move(vertices), height, {}};
}

// 6 m × 3 m plus a 2.5 m × 2 m wing: 18 + 5 = 23 m², twice 46,000,000 mm².
const Vertices kLShape = {{0, 0}, {6000, 0}, {6000, 3000}, {2500, 3000}, {2500, 5000}, {0, 5000}};

} // namespace

class TestAreaRules : public QObject {
    Q_OBJECT

  private slots:
    void codes();
    void rules_data();
    void rules();
    void errors_data();
    void errors();
    void formatting_data();
    void formatting();
    void sum();
};

void TestAreaRules::codes() {
    const std::pair<std::string_view, std::string_view> expected[] = {
        {"room", "室内"},
        {"balcony_inside", "阳台(主体结构内)"},
        {"balcony_outside", "阳台(主体结构外)"},
        {"bay_window", "飘窗"},
        {"sloped_roof", "坡屋顶空间"},
        {"stair", "楼梯间"},
        {"stilt", "架空层"},
        {"other", "其他"}};
    for (const auto& [code, label] : expected) {
        const auto kind = partKindFromCode(code);
        QVERIFY(kind.has_value());
        QCOMPARE(partKindCode(*kind), code);
        QCOMPARE(partKindLabel(*kind), label);
    }
    QCOMPARE(partKindFromCode(""), std::nullopt);
    QCOMPARE(partKindFromCode("Room"), std::nullopt);
}

void TestAreaRules::rules_data() {
    QTest::addColumn<PartGeometry>("part");
    QTest::addColumn<qint64>("twiceMm2");
    QTest::addColumn<Factor>("factor");
    QTest::addColumn<qint64>("areaDm2");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<AreaSettings>("settings");
    const auto row = [](const char* name, PartGeometry part, qint64 twice, Factor f, qint64 dm2,
                        const char* rule, AreaSettings settings = {}) {
        QTest::newRow(name) << part << twice << f << dm2 << QString(rule) << settings;
    };

    // 4 m × 3 m = 12 m² = 1200 dm²; twice 24,000,000 mm²; half 600 dm².
    const qint64 twice = 24'000'000;
    const auto room = [](PartKind k, Mm h) { return rect(k, 4000, 3000, h); };
    row("storey 2199", room(Room, 2199), twice, kHalf, 600, "层高 2.199 m < 2.20 m → 1/2");
    row("storey 2200", room(Room, 2200), twice, kFull, 1200, "层高 2.20 m ≥ 2.20 m → 全部计算");
    row("storey 2201", room(Room, 2201), twice, kFull, 1200, "层高 2.201 m ≥ 2.20 m → 全部计算");
    row("storey 2150", room(Room, 2150), twice, kHalf, 600, "层高 2.15 m < 2.20 m → 1/2");
    row("storey 2800", room(Room, 2800), twice, kFull, 1200, "层高 2.80 m ≥ 2.20 m → 全部计算");
    row("stair 2100", room(Stair, 2100), twice, kHalf, 600, "层高 2.10 m < 2.20 m → 1/2");
    row("stilt 2200", room(Stilt, 2200), twice, kFull, 1200, "层高 2.20 m ≥ 2.20 m → 全部计算");
    row("other 2199", room(Other, 2199), twice, kHalf, 600, "层高 2.199 m < 2.20 m → 1/2");

    row("sloped 2100", room(SlopedRoof, 2100), twice, kFull, 1200,
        "净高 2.10 m ≥ 2.10 m → 全部计算");
    row("sloped 2099", room(SlopedRoof, 2099), twice, kHalf, 600,
        "1.20 m ≤ 净高 2.099 m < 2.10 m → 1/2");
    row("sloped 1200", room(SlopedRoof, 1200), twice, kHalf, 600,
        "1.20 m ≤ 净高 1.20 m < 2.10 m → 1/2");
    row("sloped 1199", room(SlopedRoof, 1199), twice, kNone, 0, "净高 1.199 m < 1.20 m → 不计算");
    row("sloped 1100", room(SlopedRoof, 1100), twice, kNone, 0, "净高 1.10 m < 1.20 m → 不计算");

    // Bay window 2 m × 0.6 m = 1.2 m² = 120 dm²; half 60 dm².
    const auto bay = [](Mm h, Mm sill) { return rect(BayWindow, 2000, 600, h, sill); };
    row("bay 2100/300", bay(2100, 300), 2'400'000, kHalf, 60,
        "飘窗 净高 2.10 m ≥ 2.10 m 且窗台 0.30 m < 0.45 m → 1/2");
    row("bay sill 449", bay(2100, 449), 2'400'000, kHalf, 60,
        "飘窗 净高 2.10 m ≥ 2.10 m 且窗台 0.449 m < 0.45 m → 1/2");
    row("bay sill 450", bay(2100, 450), 2'400'000, kNone, 0,
        "飘窗 净高 2.10 m ≥ 2.10 m 且窗台 0.45 m ≥ 0.45 m → 不计算");
    row("bay height 2099", bay(2099, 300), 2'400'000, kNone, 0,
        "飘窗 净高 2.099 m < 2.10 m 且窗台 0.30 m < 0.45 m → 不计算");
    row("bay sill 0", bay(2400, 0), 2'400'000, kHalf, 60,
        "飘窗 净高 2.40 m ≥ 2.10 m 且窗台 0.00 m < 0.45 m → 1/2");

    // Balcony 3 m × 1.5 m = 4.5 m² = 450 dm²; no height needed, a given one is ignored.
    const char* inside = "主体结构内阳台 → 全部计算";
    const char* outside = "主体结构外阳台 → 1/2";
    row("balcony inside", rect(BalconyInside, 3000, 1500), 9'000'000, kFull, 450, inside);
    row("balcony outside", rect(BalconyOutside, 3000, 1500), 9'000'000, kHalf, 225, outside);
    row("balcony outside, height", rect(BalconyOutside, 3000, 1500, 1000), 9'000'000, kHalf, 225,
        outside);

    row("L polygon", poly(Room, kLShape, 2800), 46'000'000, kFull, 2300,
        "层高 2.80 m ≥ 2.20 m → 全部计算");
    row("L polygon clockwise", poly(Room, {kLShape.rbegin(), kLShape.rend()}, 2000), 46'000'000,
        kHalf, 1150, "层高 2.00 m < 2.20 m → 1/2");

    // Half-up at exact halves of 0.01 m² (1 dm² = 10,000 mm²).
    // 0.1 m × 0.1 m = 1 dm², half = 0.5 dm² → 1; 0.1 m × 0.3 m = 3 dm², half = 1.5 → 2.
    row("half of 1 dm²", rect(BalconyOutside, 100, 100), 20'000, kHalf, 1, outside);
    row("half of 3 dm²", rect(BalconyOutside, 100, 300), 60'000, kHalf, 2, outside);
    // 1000 × 1005 = 1,005,000 mm² = 100.5 dm² → 101; 1000 × 1004 = 100.4 dm² → 100.
    row("100.5 dm²", rect(BalconyInside, 1000, 1005), 2'010'000, kFull, 101, inside);
    row("100.4 dm²", rect(BalconyInside, 1000, 1004), 2'008'000, kFull, 100, inside);
    // 3335 × 1500 = 5,002,500 mm² = 500.25 dm² → 500; half 250.125 → 250.
    row("3335x1500 full", rect(BalconyInside, 3335, 1500), 10'005'000, kFull, 500, inside);
    row("3335x1500 half", rect(BalconyOutside, 3335, 1500), 10'005'000, kHalf, 250, outside);
    // Triangles: twice-area 30,000 → 15,000 mm² = 1.5 dm² → 2; 29,999 → 1.49995 dm² → 1.
    row("triangle 1.5 dm²", poly(BalconyInside, {{0, 0}, {30000, 0}, {0, 1}}), 30'000, kFull, 2,
        inside);
    row("triangle 1.49995 dm²", poly(BalconyInside, {{0, 0}, {29999, 0}, {0, 1}}), 29'999, kFull, 1,
        inside);
    // Largest accepted: 1 km × 1 km = 10^12 mm² = 10^8 dm².
    row("largest", rect(Room, 1'000'000, 1'000'000, 3000), 2'000'000'000'000, kFull, 100'000'000,
        "层高 3.00 m ≥ 2.20 m → 全部计算");

    // Project overrides replace the rule, so the stilt floor needs no height.
    const auto with = [](PartKind k, Factor f) { return AreaSettings{{{k, f}}}; };
    row("override outside full", rect(BalconyOutside, 3000, 1500), 9'000'000, kFull, 450,
        "项目设定系数 1/1", with(BalconyOutside, kFull));
    row("override stilt none", rect(Stilt, 4000, 3000), twice, kNone, 0, "项目设定系数 0/1",
        with(Stilt, kNone));
    row("override room half", room(Room, 2800), twice, kHalf, 600, "项目设定系数 1/2",
        with(Room, kHalf));
    // 1 m × 1 m = 100 dm² × 2/3 = 66.67 → 67.
    row("override 2/3", rect(BalconyOutside, 1000, 1000), 2'000'000, {2, 3}, 67, "项目设定系数 2/3",
        with(BalconyOutside, {2, 3}));
    // Largest denominator: 1200 dm² / 100 = 12 dm².
    row("override 1/100", room(Room, 2800), twice, {1, 100}, 12, "项目设定系数 1/100",
        with(Room, {1, 100}));
    row("override other kind", room(Room, 2800), twice, kFull, 1200,
        "层高 2.80 m ≥ 2.20 m → 全部计算", with(Stilt, kHalf));
}

void TestAreaRules::rules() {
    QFETCH(PartGeometry, part);
    QFETCH(qint64, twiceMm2);
    QFETCH(Factor, factor);
    QFETCH(qint64, areaDm2);
    QFETCH(QString, rule);
    QFETCH(AreaSettings, settings);

    const PartArea area = computePartArea(part, settings);
    QCOMPARE(QString::fromStdString(area.error), QString());
    QVERIFY(area.ok);
    QCOMPARE(area.floorAreaTwiceMm2, twiceMm2);
    QCOMPARE(area.factor, factor);
    QCOMPARE(area.areaDm2, areaDm2);
    QCOMPARE(QString::fromStdString(area.rule), rule);
}

void TestAreaRules::errors_data() {
    QTest::addColumn<PartGeometry>("part");
    QTest::addColumn<QString>("error");
    QTest::addColumn<AreaSettings>("settings");
    const auto row = [](const char* name, PartGeometry part, const QString& error,
                        AreaSettings settings = {}) {
        QTest::newRow(name) << part << error << settings;
    };

    const QString length = "边长须大于 0 且不超过 1000 m";
    const QString vertexCount = "多边形须有 3 至 1000 个顶点";
    const QString coordinate = "顶点坐标不能超过 ±1000 m";
    const QString height = "高度须大于 0 且不超过 1000 m";
    const std::int64_t min = std::numeric_limits<std::int64_t>::min();
    const Vertices tooMany(1001, {0, 0});
    row("room no height", rect(Room, 4000, 3000), "缺少层高");
    row("stilt no height", rect(Stilt, 4000, 3000), "缺少层高");
    row("sloped no height", rect(SlopedRoof, 4000, 3000), "缺少净高");
    row("bay no height", rect(BayWindow, 2000, 600, {}, 300), "缺少净高");
    row("bay no sill", rect(BayWindow, 2000, 600, 2100), "缺少窗台高度");
    row("height 0", rect(Room, 4000, 3000, 0), "高度须大于 0 且不超过 1000 m");
    row("balcony height -1", rect(BalconyInside, 4000, 3000, -1), "高度须大于 0 且不超过 1000 m");
    row("sill -1", rect(BayWindow, 2000, 600, 2100, -1), "窗台高度须在 0 至 1000 m 之间");
    row("no geometry", PartGeometry{Room, {}, {}, 2800, {}}, "缺少边长或顶点");
    row("both geometries", PartGeometry{Room, {1, 1}, kLShape, 2800, {}},
        "请只填写矩形边长或多边形顶点之一");
    row("one length", PartGeometry{Room, {4000}, {}, 2800, {}}, "矩形须填写两个边长");
    row("three lengths", PartGeometry{Room, {1, 2, 3}, {}, 2800, {}}, "矩形须填写两个边长");
    row("zero length", rect(Room, 0, 3000, 2800), length);
    row("negative length", rect(Room, 4000, -1, 2800), length);
    row("length 1000001", rect(Room, 1'000'001, 10, 2800), length);
    row("two vertices", poly(Room, {{0, 0}, {1000, 0}}, 2800), vertexCount);
    row("1001 vertices", poly(Room, tooMany, 2800), vertexCount);
    row("collinear", poly(Room, {{0, 0}, {1000, 0}, {2000, 0}}, 2800), "多边形面积为零");
    row("coordinate 1000001", poly(Room, {{0, 0}, {1'000'001, 0}, {0, 10}}, 2800), coordinate);
    row("coordinate INT64_MIN", poly(Room, {{0, 0}, {10, 0}, {0, min}}, 2800), coordinate);

    const auto room = rect(Room, 4000, 3000, 2800);
    const auto with = [](Factor f) { return AreaSettings{{{Room, f}}}; };
    row("override den 0", room, "项目设定系数无效", with({1, 0}));
    row("override above 1", room, "项目设定系数无效", with({3, 2}));
    row("override negative", room, "项目设定系数无效", with({-1, 2}));
    row("override den 101", room, "项目设定系数无效", with({1, 101}));
}

void TestAreaRules::errors() {
    QFETCH(PartGeometry, part);
    QFETCH(QString, error);
    QFETCH(AreaSettings, settings);

    const PartArea area = computePartArea(part, settings);
    QCOMPARE(QString::fromStdString(area.error), error);
    QVERIFY(!area.ok);
    QCOMPARE(area.areaDm2, 0);
}

void TestAreaRules::formatting_data() {
    QTest::addColumn<qint64>("value");
    QTest::addColumn<QString>("dm2");
    QTest::addColumn<QString>("mm");

    const auto max = std::numeric_limits<qint64>::max();
    const auto min = std::numeric_limits<qint64>::min();
    const auto row = [](const char* name, qint64 value, const char* dm2, const char* mm) {
        QTest::newRow(name) << value << QString(dm2) << QString(mm);
    };
    // formatMm rounds the magnitude half-up to whole centimetres.
    row("0", 0, "0.00", "0.00");
    row("4", 4, "0.04", "0.00");
    row("5", 5, "0.05", "0.01");
    row("-4", -4, "-0.04", "0.00");
    row("-5", -5, "-0.05", "-0.01");
    row("100", 100, "1.00", "0.10");
    row("1234", 1234, "12.34", "1.23");
    row("2150", 2150, "21.50", "2.15");
    row("2154", 2154, "21.54", "2.15");
    row("2155", 2155, "21.55", "2.16");
    row("2199", 2199, "21.99", "2.20");
    row("-2155", -2155, "-21.55", "-2.16");
    row("max", max, "92233720368547758.07", "9223372036854775.81");
    row("min", min, "-92233720368547758.08", "-9223372036854775.81");
}

void TestAreaRules::formatting() {
    QFETCH(qint64, value);
    QFETCH(QString, dm2);
    QFETCH(QString, mm);

    QCOMPARE(QString::fromStdString(formatDm2(value)), dm2);
    QCOMPARE(QString::fromStdString(formatMm(value)), mm);
}

void TestAreaRules::sum() {
    QCOMPARE(sumDm2({}), 0);
    const std::vector<std::int64_t> parts = {600, 1200, 225, 1};
    QCOMPARE(sumDm2(parts), 2026);
}

QTEST_APPLESS_MAIN(TestAreaRules)
#include "test_area_rules.moc"
