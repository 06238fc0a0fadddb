// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtTest
import Survey

// A returned household shows the reviewer's comment, and a conflict shows the office's
// value beside the tablet's until the surveyor settles it.
TestCase {
    id: testCase

    name: "SyncProblems"
    width: 1280
    height: 800
    when: windowShown
    visible: true

    Component {
        id: pageComponent
        HouseholdFormPage {
            width: testCase.width
            height: testCase.height
        }
    }

    function test_returned_household_shows_comment_and_conflict() {
        const page = createTemporaryObject(pageComponent, testCase, { householdId: returnedHouseholdId });
        const banner = findChild(page, "reviewComment");
        tryVerify(() => banner.visible);
        verify(banner.text.indexOf("门牌号与房产证不符") >= 0, banner.text);

        const section = findChild(page, "syncProblems");
        tryVerify(() => section.visible);
        compare(section.problems.count, 1);
        const office = findChild(section, "officeValue");
        const mine = findChild(section, "mineValue");
        compare(office.text, "周家华");
        compare(mine.text, "周家明");

        verify(section.problems.keepOffice(0));
        tryCompare(section.problems, "count", 0);
        verify(!section.visible);
    }
}
