// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtTest
import Survey

// The household reads its registration form as page images painted by the notices'
// renderer, with the content digest it will sign.
TestCase {
    id: testCase

    name: "FormReview"
    width: 1280
    height: 800
    when: windowShown
    visible: true // TestCase hides itself by default; pages need effective visibility

    Component {
        id: householdComponent
        HouseholdEditor { session: Session }
    }
    Component {
        id: pageComponent
        FormReviewPage {
            width: testCase.width
            height: testCase.height
        }
    }

    function test_form_pages_render_with_the_digest() {
        const household = createTemporaryObject(householdComponent, testCase);
        household.headName = "孙七";
        household.address = "和平街道人民路1号";
        verify(household.save(), household.saveError);
        const page = createTemporaryObject(pageComponent, testCase, { householdId: household.householdId });
        verify(page.review.pageSources.length >= 1);
        const pages = findChild(page, "formPages");
        tryVerify(() => pages.itemAtIndex(0) !== null);
        const image = pages.itemAtIndex(0);
        tryCompare(image, "status", Image.Ready);
        // A4 at 110 dpi: about 910 × 1286 px, portrait.
        verify(image.implicitWidth > 800, image.implicitWidth);
        verify(image.implicitHeight > image.implicitWidth);
        const digest = findChild(page, "shortHash");
        compare(digest.text, page.review.contentHash.slice(0, 16).match(/.{4}/g).join(" "));
    }
}
