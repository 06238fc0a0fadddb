// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtTest
import Survey

// The position badge's colours and figures, and the household form's "record position":
// refused without a fix, stamped from the replayed city walk (SURVEY_NMEA_LOG) once the
// fix is accepted, and saved with the household.
TestCase {
    id: testCase

    name: "Position"
    width: 1280
    height: 800
    when: windowShown
    visible: true // TestCase hides itself by default; pages need effective visibility

    Component {
        id: badgeComponent
        SvPositionBadge {}
    }
    Component {
        id: pageComponent
        HouseholdFormPage {
            width: testCase.width
            height: testCase.height
        }
    }
    Component {
        id: editorComponent
        HouseholdEditor { session: Session }
    }

    function test_badge_data() {
        return [
            { tag: "accepted", verdict: PositionStatus.Accepted, colour: SvTheme.ok, accuracy: "±9.2 m", age: "3 s" },
            { tag: "inaccurate", verdict: PositionStatus.Inaccurate, colour: SvTheme.caution, accuracy: "±82 m", age: "1 s" },
            { tag: "stale", verdict: PositionStatus.Stale, colour: SvTheme.error, accuracy: "±9.2 m", age: "2 min" },
            { tag: "no fix", verdict: PositionStatus.NoFix, colour: SvTheme.error, accuracy: "no fix", age: "" },
        ];
    }

    function test_badge(data) {
        const badge = createTemporaryObject(badgeComponent, testCase, {
            verdict: data.verdict, accuracyText: data.accuracy === "no fix" ? "" : data.accuracy,
            ageText: data.age });
        verify(Qt.colorEqual(badge.color, data.colour), String(badge.color));
        compare(findChild(badge, "accuracy").text, data.accuracy);
        compare(findChild(badge, "age").visible, data.age.length > 0);
        verify(badge.height >= 48, "a touch-sized badge reads in sunlight");
    }

    function test_record_position() {
        // Before any page starts the receiver there is no fix: refused, with the reason.
        const early = createTemporaryObject(editorComponent, testCase);
        verify(!early.recordPosition());
        compare(early.positionError, "Position not recorded: Waiting for a satellite fix. "
                                     + "Stay outdoors with a clear view of the sky.");
        compare(early.positionText, "");

        const page = createTemporaryObject(pageComponent, testCase);
        tryCompare(Session.position, "verdict", PositionStatus.Accepted, 10000);
        verify(Session.position.replaying);
        const badge = findChild(page, "positionBadge");
        verify(Qt.colorEqual(badge.color, SvTheme.ok), String(badge.color));
        verify(/^±\d+(\.\d)? m$/.test(badge.accuracyText), badge.accuracyText);

        const button = findChild(page, "recordPosition");
        compare(button.text, "Record position");
        mouseClick(button);
        compare(page.editor.positionError, "");
        verify(/^28\.19\d{4}, 112\.97\d{4} ±\d+(\.\d)? m$/.test(page.editor.positionText),
               page.editor.positionText);
        compare(findChild(page, "recorded").text, page.editor.positionText);
        compare(button.text, "Record position again");
        verify(page.editor.dirty);
        verify(page.editor.save(), page.editor.saveError);

        const reread = createTemporaryObject(editorComponent, testCase,
                                             { householdId: page.editor.householdId });
        compare(reread.positionText, page.editor.positionText);
    }
}
