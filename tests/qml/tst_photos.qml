// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtTest
import Survey

// Without a camera the surveyor imports a photo file: it appears in the household's
// gallery with its category, the accepted fix and "not uploaded" badge; a broken file gets
// a message and changes nothing.
TestCase {
    id: testCase

    name: "Photos"
    width: 1280
    height: 800
    when: windowShown
    visible: true

    Component {
        id: pageComponent
        PhotoPage {
            width: testCase.width
            height: testCase.height
        }
    }
    Component {
        id: editorComponent
        HouseholdEditor { session: Session }
    }

    function test_import_adds_to_gallery() {
        const editor = createTemporaryObject(editorComponent, testCase);
        editor.code = "H-0901";
        editor.headName = "孙立";
        verify(editor.save(), editor.saveError);

        const page = createTemporaryObject(pageComponent, testCase, { householdId: editor.householdId });
        const grid = findChild(page, "gallery");
        compare(grid.count, 0);
        verify(findChild(page, "import").visible, "import is offered without a camera");

        // The tests replay an NMEA walk: once its fix is accepted, photos carry it.
        tryVerify(() => Session.position.verdict === PositionStatus.Accepted, 20000);
        page.taker.category = "interior";
        verify(page.taker.importFile(testPhotoFile), page.taker.errorText);
        tryCompare(grid, "count", 1);
        compare(page.gallery.pendingUploads, 1);
        let tile = null;
        tryVerify(() => (tile = grid.itemAtIndex(0)) !== null);
        compare(tile.categoryLabel, "室内");
        compare(tile.uploaded, false);
        verify(/^±\d+ m$/.test(tile.positionText), tile.positionText); // source text in tests

        verify(!page.taker.importFile(Qt.resolvedUrl("does-not-exist.jpg")));
        verify(page.taker.errorText.length > 0);
        compare(grid.count, 1);
    }
}
