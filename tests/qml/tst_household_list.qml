// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtTest
import Survey

// A household saved on the tablet appears in the list at once, with its Chinese status
// label and its "to sync" badge, and can be found by search.
TestCase {
    id: testCase

    name: "HouseholdList"
    width: 1280
    height: 800
    when: windowShown
    visible: true // TestCase hides itself by default; pages need effective visibility

    Component {
        id: pageComponent
        HouseholdListPage {
            width: testCase.width
            height: testCase.height
        }
    }
    Component {
        id: editorComponent
        HouseholdEditor { session: Session }
    }

    function rowFor(list, code) {
        for (let i = 0; i < list.count; ++i) {
            const row = list.itemAtIndex(i);
            if (row && row.code === code)
                return row;
        }
        return null;
    }

    function test_saved_household_is_listed() {
        const page = createTemporaryObject(pageComponent, testCase);
        const list = findChild(page, "householdList");
        const before = list.count;

        const editor = createTemporaryObject(editorComponent, testCase);
        editor.code = "H-0101";
        editor.headName = "张建国";
        editor.address = "和平街道人民路128号";
        editor.doorNo = "3栋2单元301";
        editor.tenure = "private";
        verify(editor.save(), editor.saveError);

        tryCompare(list, "count", before + 1);
        let row = null;
        tryVerify(() => (row = rowFor(list, "H-0101")) !== null);
        compare(row.headName, "张建国");
        compare(row.statusLabel, "调查中");
        compare(row.pendingCount, 1);
        const badge = findChild(row, "pendingBadge");
        verify(badge.visible);

        // A second save of the same household is a second outbox change.
        editor.notes = "院内有自建棚";
        verify(editor.save(), editor.saveError);
        tryVerify(() => rowFor(list, "H-0101").pendingCount === 2);
    }

    function test_search_filters_the_list() {
        const page = createTemporaryObject(pageComponent, testCase);
        const list = findChild(page, "householdList");
        const editor = createTemporaryObject(editorComponent, testCase);
        editor.code = "H-0202";
        editor.headName = "李秀英";
        editor.address = "解放巷7号";
        verify(editor.save(), editor.saveError);

        const search = findChild(page, "search");
        search.text = "解放巷";
        tryCompare(list, "count", 1);
        compare(rowFor(list, "H-0202").headName, "李秀英");
        search.text = "没有这个地址";
        tryCompare(list, "count", 0);
    }

    function test_filters_by_status_street_and_sync() {
        const page = createTemporaryObject(pageComponent, testCase);
        const list = findChild(page, "householdList");
        const editor = createTemporaryObject(editorComponent, testCase);
        editor.code = "H-0303";
        editor.headName = "王桂兰";
        editor.address = "青年巷21号";
        verify(editor.save(), editor.saveError);

        const filterBar = findChild(page, "filterBar");
        filterBar.street = "青年巷";
        tryCompare(list, "count", 1);
        compare(rowFor(list, "H-0303").headName, "王桂兰");
        const streets = findChild(page, "streetFilter");
        verify(streets.model.indexOf("青年巷") > 0, "the street is offered in the filter");

        filterBar.status = "approved";
        tryCompare(list, "count", 0);
        filterBar.status = "in_progress";
        tryCompare(list, "count", 1);

        // Everything saved here is still to be synced.
        findChild(page, "unsyncedOnly").checked = true;
        tryCompare(list, "count", 1);
        filterBar.street = "";
        filterBar.status = "";
        verify(list.count >= 1);
    }
}
