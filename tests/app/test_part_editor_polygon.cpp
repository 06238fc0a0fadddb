// SPDX-License-Identifier: Apache-2.0
// The polygon path of the part editor: corners typed in metres give the shared rule's area,
// bad outlines are refused with a message, and a saved part carries vertices_mm.
#include "measure/part_editor.h"
#include "measure/polygon_outline.h"
#include "session/session.h"
#include "store/local_store.h"
#include "survey/measure/area_rules.h"

#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace survey;
using app::PartEditor;
using nlohmann::json;

namespace {

// An L-shaped room: 6.00 × 3.00 m plus a 3.50 × 2.20 m wing, 25.70 m² of floor.
const std::vector<std::array<std::int64_t, 2>> kLShapeMm = {
    {0, 0}, {6000, 0}, {6000, 3000}, {3500, 3000}, {3500, 5200}, {0, 5200}};

void typeOutline(PartEditor& editor, const std::vector<std::array<std::int64_t, 2>>& mm) {
    editor.setShape(QStringLiteral("polygon"));
    while (editor.vertexCount() > 0)
        editor.removeVertex(0);
    for (std::size_t i = 0; i < mm.size(); ++i) {
        editor.addVertex();
        const int row = static_cast<int>(i);
        editor.setVertexX(row, QString::number(mm[i][0] / 1000.0, 'f', 3));
        editor.setVertexY(row, QString::number(mm[i][1] / 1000.0, 'f', 3));
    }
}

QString sharedAreaText(std::int64_t heightMm) {
    measure::PartGeometry g;
    g.kind = measure::PartKind::Room;
    g.verticesMm = kLShapeMm;
    g.heightMm = heightMm;
    const auto area = measure::computePartArea(g);
    return QString::fromStdString(measure::formatDm2(area.areaDm2));
}

} // namespace

class TestPartEditorPolygon : public QObject {
    Q_OBJECT
  private slots:
    void lShapeGivesTheSharedRulesArea_data();
    void lShapeGivesTheSharedRulesArea();
    void badOutlinesAreRefused();
    void badNumbersAreMarkedPerCorner();
    void rectangleBecomesTheStartingOutline();
    void vertexCountIsCappedByTheSharedLimit();
    void crossingTable_data();
    void crossingTable();
    void previewKeepsTheAspectRatio();
    void savesAndLoadsVertices();
};

void TestPartEditorPolygon::lShapeGivesTheSharedRulesArea_data() {
    QTest::addColumn<QString>("height");
    QTest::addColumn<std::int64_t>("heightMm");
    QTest::addColumn<QString>("area");
    QTest::addColumn<QString>("rule");
    QTest::newRow("2.80 m in full") << "2.8" << std::int64_t{2800} << "25.70"
                                    << "层高 2.80 m ≥ 2.20 m → 全部计算";
    QTest::newRow("2.15 m at half") << "2.15" << std::int64_t{2150} << "12.85"
                                    << "层高 2.15 m < 2.20 m → 1/2";
}

void TestPartEditorPolygon::lShapeGivesTheSharedRulesArea() {
    QFETCH(QString, height);
    QFETCH(std::int64_t, heightMm);
    QFETCH(QString, area);
    QFETCH(QString, rule);
    PartEditor editor;
    editor.setKind(QStringLiteral("room"));
    editor.setHeightText(height);
    typeOutline(editor, kLShapeMm);
    QVERIFY2(editor.valid(), qPrintable(editor.errorText()));
    QCOMPARE(editor.areaText(), area);
    QCOMPARE(editor.areaText(), sharedAreaText(heightMm));
    QCOMPARE(editor.floorAreaText(), QStringLiteral("25.70"));
    QCOMPARE(editor.ruleText(), rule);
    QCOMPARE(editor.outline().size(), 6);
}

void TestPartEditorPolygon::badOutlinesAreRefused() {
    PartEditor editor;
    editor.setHeightText(QStringLiteral("2.8"));
    typeOutline(editor, {{0, 0}, {4000, 0}});
    QVERIFY(!editor.valid());
    QCOMPARE(editor.errorText(), QStringLiteral("An outline needs at least 3 corners."));

    typeOutline(editor, {{0, 0}, {4000, 0}, {0, 3000}, {4000, 3000}}); // a bow tie
    QVERIFY(!editor.valid());
    QCOMPARE(editor.errorText(),
             QStringLiteral("The outline crosses itself: check the order of the corners."));

    typeOutline(editor, {{0, 0}, {1000, 0}, {2000, 0}}); // all on one line
    QVERIFY(!editor.valid());
    QCOMPARE(editor.errorText(), QStringLiteral("多边形面积为零")); // the shared rule's word

    typeOutline(editor, {{0, 0}, {4000, 0}, {4000, 3000}});
    QVERIFY(editor.valid());
    editor.addVertex(); // an empty row is a corner not yet measured
    QVERIFY(!editor.valid());
    QCOMPARE(editor.errorText(), QStringLiteral("Enter x and y of every corner."));
}

void TestPartEditorPolygon::badNumbersAreMarkedPerCorner() {
    PartEditor editor;
    editor.setHeightText(QStringLiteral("2.8"));
    typeOutline(editor, kLShapeMm);
    editor.setVertexX(2, QStringLiteral("6,0")); // comma: not a number here
    editor.setVertexY(4, QStringLiteral("5.2001"));
    QVERIFY(!editor.valid());
    QCOMPARE(editor.errorText(), QStringLiteral("Correct the marked fields."));
    QCOMPARE(editor.vertexXErrors().at(2), QStringLiteral("Enter metres, e.g. 3.45"));
    QCOMPARE(editor.vertexYErrors().at(4),
             QStringLiteral("At most 3 decimals (whole millimetres)"));
    QVERIFY(editor.vertexXErrors().at(0).isEmpty()); // 0 is a fine coordinate
    QVERIFY(editor.areaText().isEmpty());
}

void TestPartEditorPolygon::rectangleBecomesTheStartingOutline() {
    PartEditor editor;
    editor.setHeightText(QStringLiteral("2.8"));
    editor.setWidthText(QStringLiteral("4.2"));
    editor.setDepthText(QStringLiteral("3.6"));
    QCOMPARE(editor.areaText(), QStringLiteral("15.12"));
    editor.setShape(QStringLiteral("polygon"));
    QCOMPARE(editor.vertexCount(), 4);
    QCOMPARE(editor.vertexXTexts(), (QStringList{"0.00", "4.20", "4.20", "0.00"}));
    QCOMPARE(editor.vertexYTexts(), (QStringList{"0.00", "0.00", "3.60", "3.60"}));
    QCOMPARE(editor.areaText(), QStringLiteral("15.12"));

    PartEditor fresh;
    fresh.setShape(QStringLiteral("polygon"));
    QCOMPARE(fresh.vertexCount(), 4);
    QCOMPARE(fresh.errorText(), QStringLiteral("Enter x and y of every corner."));
}

void TestPartEditorPolygon::vertexCountIsCappedByTheSharedLimit() {
    PartEditor editor;
    editor.setShape(QStringLiteral("polygon"));
    while (editor.canAddVertex())
        editor.addVertex();
    QCOMPARE(static_cast<std::size_t>(editor.vertexCount()), measure::kMaxVertices);
    editor.addVertex();
    QCOMPARE(static_cast<std::size_t>(editor.vertexCount()), measure::kMaxVertices);
}

void TestPartEditorPolygon::crossingTable_data() {
    using Outline = std::vector<app::VertexMm>;
    QTest::addColumn<Outline>("outline");
    QTest::addColumn<bool>("crosses");
    QTest::newRow("triangle") << Outline{{0, 0}, {10, 0}, {0, 10}} << false;
    QTest::newRow("L shape") << Outline(kLShapeMm.begin(), kLShapeMm.end()) << false;
    QTest::newRow("bow tie") << Outline{{0, 0}, {10, 0}, {0, 10}, {10, 10}} << true;
    QTest::newRow("corner touches an edge")
        << Outline{{0, 0}, {10, 0}, {10, 10}, {5, 0}, {0, 10}} << true;
    QTest::newRow("concave, no touch")
        << Outline{{0, 0}, {10, 0}, {5, 3}, {10, 10}, {0, 10}} << false;
}

void TestPartEditorPolygon::crossingTable() {
    QFETCH(std::vector<app::VertexMm>, outline);
    QFETCH(bool, crosses);
    QCOMPARE(app::outlineCrossesItself(outline), crosses);
}

void TestPartEditorPolygon::previewKeepsTheAspectRatio() {
    const std::vector<app::VertexMm> wide = {{0, 0}, {4000, 0}, {4000, 2000}, {0, 2000}};
    const auto points = app::outlinePreview(wide);
    QCOMPARE(points.size(), 4);
    QCOMPARE(points[0].toPointF(), QPointF(0, 0.75)); // y up: the origin is bottom left
    QCOMPARE(points[2].toPointF(), QPointF(1, 0.25));
}

void TestPartEditorPolygon::savesAndLoadsVertices() {
    QTemporaryDir dir;
    app::Session session({dir.path(), {}, {}, {}, qEnvironmentVariable("SURVEY_NMEA_LOG"), 0});
    const QString project = QStringLiteral("p1");
    session.store().upsertProject({project, QStringLiteral("P1"), QStringLiteral("项目")});
    session.openProject(project);
    const QString household =
        session.store().save(project, QStringLiteral("household"), {}, {{"code", "H1"}});
    const QString building =
        session.store().save(project, QStringLiteral("building"), {},
                             {{"household_id", household.toStdString()}, {"no", 1}});

    PartEditor editor;
    editor.setSession(&session);
    editor.setBuildingId(building);
    editor.startNew(1);
    editor.setKind(QStringLiteral("room"));
    editor.setHeightText(QStringLiteral("2.15"));
    editor.setShape(QStringLiteral("polygon"));
    editor.removeVertex(0); // a surveyor's slip: nothing is saved while invalid
    QVERIFY(!editor.save());
    QVERIFY(editor.partId().isEmpty());
    typeOutline(editor, kLShapeMm);
    QVERIFY2(editor.save(), qPrintable(editor.saveError()));

    const auto part = session.store().read(QStringLiteral("part"), editor.partId());
    QVERIFY(part);
    json expected = json::array();
    for (const auto& [x, y] : kLShapeMm)
        expected.push_back({x, y});
    QCOMPARE(QString::fromStdString(part->fields.at("vertices_mm").dump()),
             QString::fromStdString(expected.dump()));
    QVERIFY(!part->fields.contains("lengths_mm") || part->fields.at("lengths_mm").is_null());
    QCOMPARE(part->fields.at("area_dm2").get<std::int64_t>(), std::int64_t{1285});
    const auto buildingRecord = session.store().read(QStringLiteral("building"), building);
    QCOMPARE(buildingRecord->fields.at("measured_area_dm2").get<std::int64_t>(),
             std::int64_t{1285});

    PartEditor again;
    again.setSession(&session);
    QVERIFY(again.load(editor.partId()));
    QCOMPARE(again.shape(), QStringLiteral("polygon"));
    QCOMPARE(again.vertexCount(), 6);
    QCOMPARE(again.vertexXTexts().at(3), QStringLiteral("3.50"));
    QCOMPARE(again.vertexYTexts().at(4), QStringLiteral("5.20"));
    QCOMPARE(again.areaText(), QStringLiteral("12.85"));

    // Back to a rectangle: the outline is cleared on the record, not left beside it.
    again.setShape(QStringLiteral("rectangle"));
    again.setWidthText(QStringLiteral("4"));
    again.setDepthText(QStringLiteral("3"));
    QVERIFY2(again.save(), qPrintable(again.saveError()));
    const auto rect = session.store().read(QStringLiteral("part"), editor.partId());
    QVERIFY(!rect->fields.contains("vertices_mm") || rect->fields.at("vertices_mm").is_null());
    QCOMPARE(QString::fromStdString(rect->fields.at("lengths_mm").dump()),
             QStringLiteral("[4000,3000]"));
}

QTEST_MAIN(TestPartEditorPolygon)

#include "test_part_editor_polygon.moc"
