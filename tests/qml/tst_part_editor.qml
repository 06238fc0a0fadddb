// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtTest
import Survey

// The part editor computes the counted area live with the shared rule, from metres typed
// as text, and saves what the rule gives.
TestCase {
    id: testCase

    name: "PartEditor"
    width: 1280
    height: 800
    when: windowShown
    visible: true // TestCase hides itself by default; pages need effective visibility

    PartEditor {
        id: editor
        session: Session
    }

    SignalSpy {
        id: resultSpy
        target: editor
        signalName: "resultChanged"
    }

    Component {
        id: dialogComponent
        SvPartDialog {}
    }
    Component {
        id: householdComponent
        HouseholdEditor { session: Session }
    }
    Component {
        id: buildingComponent
        BuildingEditor { session: Session }
    }
    Component {
        id: partsComponent
        PartListModel { session: Session }
    }

    // TestCase of Qt 6.4 has no keyClicks(): type character by character.
    function typeText(text) {
        for (const c of text)
            keyClick(c);
    }

    function init() {
        editor.kind = "room";
        editor.heightText = "";
        editor.startNew(1);
    }

    function enter(width, depth, height) {
        editor.widthText = width;
        editor.depthText = depth;
        editor.heightText = height;
    }

    function test_storey_height_boundary_data() {
        return [
            { tag: "2.20 m counts in full", height: "2.20", area: "15.12", rule: "层高 2.20 m ≥ 2.20 m → 全部计算" },
            { tag: "2.2 is 2200 mm", height: "2.2", area: "15.12", rule: "层高 2.20 m ≥ 2.20 m → 全部计算" },
            { tag: "2.199 m counts half", height: "2.199", area: "7.56", rule: "层高 2.199 m < 2.20 m → 1/2" },
            { tag: "2.15 m counts half", height: "2.15", area: "7.56", rule: "层高 2.15 m < 2.20 m → 1/2" },
            { tag: "2.201 m counts in full", height: "2.201", area: "15.12", rule: "层高 2.201 m ≥ 2.20 m → 全部计算" },
        ];
    }

    function test_storey_height_boundary(data) {
        enter("4.2", "3.6", data.height);
        verify(editor.valid, editor.errorText);
        compare(editor.areaText, data.area);
        compare(editor.ruleText, data.rule);
        compare(editor.floorAreaText, "15.12");
    }

    function test_updates_on_every_keystroke() {
        resultSpy.clear();
        editor.widthText = "4.2";
        compare(editor.valid, false);
        compare(editor.errorText, "Enter width and depth.");
        editor.depthText = "3.6";
        compare(editor.errorText, "Enter the storey height.");
        editor.heightText = "2.1";
        compare(editor.areaText, "7.56");
        editor.heightText = "2.2";
        compare(editor.areaText, "15.12");
        compare(resultSpy.count, 4);
    }

    function test_metres_are_parsed_without_floating_point() {
        // 1.005 m × 1 m = 1.005 m², half-up to 1.01; a double would give 1.00499… → 1.00.
        enter("1.005", "1", "3");
        compare(editor.areaText, "1.01");
        // Full-width digits from a Chinese input method are the same numbers.
        enter("１.００５", "1", "3");
        compare(editor.areaText, "1.01");
    }

    function test_input_errors() {
        enter("abc", "3.6", "2.8");
        verify(!editor.valid);
        compare(editor.widthError, "Enter metres, e.g. 3.45");
        enter("4.2345", "3.6", "2.8");
        compare(editor.widthError, "At most 3 decimals (whole millimetres)");
        enter("0", "3.6", "2.8");
        compare(editor.widthError, "Must be more than 0");
        enter("4.2", "-3.6", "2.8");
        verify(editor.depthError.length > 0);
        verify(!editor.valid);
    }

    function test_kinds_ask_for_what_their_rule_needs() {
        editor.kind = "balcony_outside";
        verify(!editor.needsHeight);
        enter("3.6", "1.5", "");
        compare(editor.areaText, "2.70");
        compare(editor.ruleText, "主体结构外阳台 → 1/2");

        editor.kind = "bay_window";
        verify(editor.needsHeight && editor.heightIsClear && editor.needsSill);
        enter("1.8", "0.6", "2.2");
        compare(editor.errorText, "Enter the sill height above the floor.");
        editor.sillText = "0.44";
        compare(editor.areaText, "0.54");
        editor.sillText = "0.45";
        compare(editor.areaText, "0.00");
        verify(editor.ruleText.indexOf("窗台 0.45 m ≥ 0.45 m") >= 0, editor.ruleText);
    }

    function test_dialog_shows_area_and_rule_while_typing() {
        const dialog = createTemporaryObject(dialogComponent, testCase);
        dialog.openNew("", 2);
        tryCompare(dialog, "opened", true);
        const typeInto = (name, text) => {
            const input = findChild(findChild(dialog.contentItem, name), "input");
            input.forceActiveFocus();
            input.selectAll();
            typeText(text);
        };
        typeInto("width", "4.2");
        typeInto("depth", "3.6");
        typeInto("height", "2.15");
        const area = findChild(dialog.contentItem, "area");
        const rule = findChild(dialog.contentItem, "rule");
        compare(area.text, "7.56 m²");
        compare(rule.text, "层高 2.15 m < 2.20 m → 1/2");
        typeInto("height", "2.20");
        compare(area.text, "15.12 m²");
        compare(rule.text, "层高 2.20 m ≥ 2.20 m → 全部计算");
    }

    function test_save_stores_the_rule_area_and_building_total() {
        const household = createTemporaryObject(householdComponent, testCase);
        household.headName = "王五";
        verify(household.save(), household.saveError);
        const building = createTemporaryObject(buildingComponent, testCase, { householdId: household.householdId });
        verify(building.ensureSaved(), building.saveError);
        const parts = createTemporaryObject(partsComponent, testCase, { buildingId: building.buildingId });

        editor.buildingId = building.buildingId;
        editor.startNew(1);
        enter("4.2", "3.6", "2.15");
        verify(editor.save(), editor.saveError);
        editor.startNew(2);
        enter("3.333", "3", "2.8");
        verify(editor.save(), editor.saveError);

        tryCompare(parts, "count", 2);
        compare(parts.totalText, "17.56"); // 7.56 + 10.00 (9.999 m² rounded)
        tryCompare(building, "measuredAreaText", "17.56");

        verify(editor.remove());
        tryCompare(parts, "count", 1);
        tryCompare(building, "measuredAreaText", "7.56");
    }

    // Measured twice: the mean counts when the readings agree (0.02 m + 0.0005 × length),
    // and a pair that disagrees must be measured again.
    function test_second_readings() {
        editor.kind = "room";
        editor.startNew(1);
        enter("4.000", "3.000", "2.8");
        editor.width2Text = "4.010";
        compare(editor.widthError, "");
        verify(editor.widthNote.indexOf("4.005") >= 0, editor.widthNote);
        compare(editor.lengthsText, "4.005 × 3.00");
        compare(editor.areaText, "12.02"); // 4.005 × 3.000 = 12.015 m², half-up
        editor.depth2Text = "3.030"; // 30 mm apart, 21 mm allowed
        verify(editor.depthError.length > 0);
        verify(!editor.valid);
        editor.depth2Text = "";
        verify(editor.valid);
        compare(editor.areaText, "12.02");
    }

    // An L-shaped room entered as a polygon in the dialog: 6.00 × 3.00 m plus a 3.50 × 2.20 m
    // wing is 25.70 m² of floor; at a 2.15 m storey the shared rule counts half, 12.85 m².
    function test_polygon_l_shaped_room_in_dialog() {
        const household = createTemporaryObject(householdComponent, testCase);
        household.headName = "赵六";
        verify(household.save(), household.saveError);
        const building = createTemporaryObject(buildingComponent, testCase, { householdId: household.householdId });
        verify(building.ensureSaved(), building.saveError);
        const parts = createTemporaryObject(partsComponent, testCase, { buildingId: building.buildingId });

        const dialog = createTemporaryObject(dialogComponent, testCase);
        dialog.editor.kind = "room";
        dialog.openNew(building.buildingId, 1);
        tryCompare(dialog, "opened", true);
        mouseClick(findChild(dialog.contentItem, "shapePolygon"));
        compare(dialog.editor.shape, "polygon");
        const rows = findChild(dialog.contentItem, "vertexRows");
        compare(rows.count, 4);
        const add = findChild(dialog.contentItem, "addVertex");
        mouseClick(add);
        mouseClick(add);
        compare(rows.count, 6);

        const typeInto = (field, text) => {
            const input = findChild(field, "input");
            input.forceActiveFocus();
            input.selectAll();
            typeText(text);
        };
        const corners = [["0", "0"], ["6", "0"], ["6", "3"], ["3.5", "3"], ["3.5", "5.2"], ["0", "5.2"]];
        for (let i = 0; i < corners.length; ++i) {
            typeInto(findChild(rows.itemAt(i), "x"), corners[i][0]);
            typeInto(findChild(rows.itemAt(i), "y"), corners[i][1]);
        }
        const area = findChild(dialog.contentItem, "area");
        const rule = findChild(dialog.contentItem, "rule");
        compare(rule.text, "Enter the storey height.");
        typeInto(findChild(dialog.contentItem, "height"), "2.15");
        compare(area.text, "12.85 m²");
        compare(rule.text, "层高 2.15 m < 2.20 m → 1/2");
        compare(dialog.editor.floorAreaText, "25.70");
        compare(findChild(dialog.contentItem, "outlinePreview").points.length, 6);

        // A misread first corner makes the closing wall cross another: nothing can be saved.
        typeInto(findChild(rows.itemAt(0), "x"), "7");
        compare(area.text, "—");
        verify(rule.text.indexOf("crosses itself") >= 0, rule.text);
        const save = findChild(dialog.footer, "savePart");
        verify(!save.enabled);
        typeInto(findChild(rows.itemAt(0), "x"), "0");
        compare(area.text, "12.85 m²");

        mouseClick(save);
        tryCompare(dialog, "opened", false);
        tryCompare(parts, "count", 1);
        compare(parts.totalText, "12.85");
        tryCompare(building, "measuredAreaText", "12.85");

        // Stored as vertices_mm: reopening loads the same corners.
        editor.load(dialog.editor.partId);
        compare(editor.shape, "polygon");
        compare(editor.vertexXTexts, ["0.00", "6.00", "6.00", "3.50", "3.50", "0.00"]);
        compare(editor.vertexYTexts, ["0.00", "0.00", "3.00", "3.00", "5.20", "5.20"]);
        compare(editor.areaText, "12.85");
    }

    function test_polygon_needs_three_corners() {
        editor.shape = "polygon";
        while (editor.vertexCount > 2)
            editor.removeVertex(0);
        compare(editor.errorText, "An outline needs at least 3 corners.");
        verify(!editor.valid);
        verify(!editor.save());
        editor.shape = "rectangle";
    }
}
