// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtTest
import Survey

// A tap on a photo tile opens it full screen with what makes it evidence (category,
// subject, time, position, accuracy); next/previous walk the gallery, a zoomed photo pans
// instead of swiping away, and the large close button returns to the gallery.
TestCase {
    id: testCase

    name: "PhotoViewer"
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
        id: householdComponent
        HouseholdEditor { session: Session }
    }
    Component {
        id: itemComponent
        ItemEditor { session: Session }
    }

    // findChild() does not reach Repeater delegates: walk the visual tree instead.
    function findVisual(item, name) {
        if (item.objectName === name)
            return item;
        for (let i = 0; i < item.children.length; ++i) {
            const found = findVisual(item.children[i], name);
            if (found)
                return found;
        }
        return null;
    }

    function test_tile_opens_viewer_with_facts_and_navigation() {
        const household = createTemporaryObject(householdComponent, testCase);
        household.headName = "周九";
        verify(household.save(), household.saveError);
        const item = createTemporaryObject(itemComponent, testCase, { householdId: household.householdId });
        item.startNew("ancillary");
        item.name = "水井";
        item.unit = "个";
        item.quantityText = "1";
        verify(item.save(), item.saveError);

        const page = createTemporaryObject(pageComponent, testCase, { householdId: household.householdId });
        tryVerify(() => Session.position.verdict === PositionStatus.Accepted, 20000);
        page.taker.category = "facade";
        verify(page.taker.importFile(testPhotoFile), page.taker.errorText);
        page.taker.category = "ancillary";
        page.taker.subjectId = item.itemId;
        verify(page.taker.importFile(testPhotoFile), page.taker.errorText);
        const grid = findChild(page, "gallery");
        tryCompare(grid, "count", 2);

        let tile = null;
        tryVerify(() => (tile = grid.itemAtIndex(0)) !== null);
        waitForRendering(grid);
        mouseClick(tile);
        const viewer = page.viewer;
        tryCompare(viewer, "opened", true);
        compare(viewer.currentIndex, 0);
        const content = viewer.contentItem;
        compare(findVisual(content, "photoCounter").text, "1 / 2");
        compare(findVisual(content, "fact_subject").text, "Whole household"); // source text in tests
        verify(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/.test(findVisual(content, "fact_time").text));
        verify(/^\d+\.\d{6}, \d+\.\d{6}$/.test(findVisual(content, "fact_position").text),
               findVisual(content, "fact_position").text);
        verify(/^±[\d.]+ m$/.test(findVisual(content, "fact_accuracy").text),
               findVisual(content, "fact_accuracy").text);
        const photo = findVisual(viewer.current, "photo");
        tryCompare(photo, "status", Image.Ready);
        verify(photo.paintedWidth <= viewer.width && photo.paintedHeight <= viewer.height, "fits the screen");

        const previous = findVisual(content, "previousPhoto");
        const next = findVisual(content, "nextPhoto");
        verify(!previous.visible, "nothing before the first photo");
        mouseClick(next);
        tryCompare(viewer, "currentIndex", 1);
        compare(findVisual(content, "photoCounter").text, "2 / 2");
        compare(findVisual(content, "fact_subject").text, "水井");
        verify(!next.visible, "nothing after the last photo");

        // Zoomed in, a drag pans the photo instead of swiping to the neighbour.
        const pages = findVisual(content, "photoPages");
        viewer.current.zoomAt(2.5, viewer.current.width / 2, viewer.current.height / 2);
        verify(viewer.current.zoomed);
        verify(!pages.interactive);
        mouseClick(previous);
        tryCompare(viewer, "currentIndex", 0);
        verify(pages.interactive);
        compare(pages.itemAtIndex(1).zoomed, false, "a photo left behind is fitted again");

        const close = findVisual(content, "closeViewer");
        verify(close.width >= 48 && close.height >= 48, "a large touch target");
        mouseClick(close);
        tryCompare(viewer, "visible", false);
    }
}
