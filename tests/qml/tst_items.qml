// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtTest
import Survey

// 附属物 and 装修 on the household form: the dialog offers the common names and units as
// taps, shows a wrong or missing field under it and saves nothing until it is right; an item
// added, changed or deleted after the household signed makes that signature stale.
TestCase {
    id: testCase

    name: "Items"
    width: 1280
    height: 800
    when: windowShown
    visible: true // TestCase hides itself by default; pages need effective visibility

    Component {
        id: pageComponent
        HouseholdFormPage {
            width: testCase.width
            height: testCase.height
        }
    }
    Component {
        id: padComponent
        SignaturePad {
            width: 400
            height: 200
            session: Session
        }
    }
    Component {
        id: reviewComponent
        FormReview { session: Session }
    }
    Component {
        id: recorderComponent
        SignatureRecorder { session: Session }
    }

    // TestCase of Qt 6.4 has no keyClicks(): type character by character.
    function typeInto(dialog, name, text) {
        const input = findChild(findChild(dialog, name), "input");
        input.forceActiveFocus();
        input.selectAll();
        for (const c of text)
            keyClick(c);
    }

    // findChild() does not reach Repeater delegates: walk the visual tree instead.
    function chip(dialog, name) {
        const walk = item => {
            if (item.objectName === name)
                return item;
            for (let i = 0; i < item.children.length; ++i) {
                const found = walk(item.children[i]);
                if (found)
                    return found;
            }
            return null;
        };
        return walk(dialog.contentItem);
    }

    function newPage(headName) {
        const page = createTemporaryObject(pageComponent, testCase);
        page.editor.headName = headName;
        verify(page.editor.save(), page.editor.saveError);
        return page;
    }

    function test_item_is_validated_and_saved() {
        const page = newPage("钱七");
        const section = page.itemSection;
        compare(section.items.count, 0);
        const dialog = section.dialog;
        page.scrollTo(section); // below the fold, as on the tablet
        waitForRendering(page);
        mouseClick(findChild(section, "addAncillary"));
        tryCompare(dialog, "opened", true);
        compare(dialog.editor.kind, "ancillary");
        const save = findChild(dialog.footer, "saveItem");
        const message = findChild(findChild(dialog, "itemQuantity"), "message");
        verify(!message.visible, "a new item does not open with red fields");
        verify(!findChild(dialog, "unitMessage").visible);

        mouseClick(chip(dialog, "name_围墙"));
        compare(dialog.editor.name, "围墙");
        mouseClick(save);
        verify(dialog.opened, "refused: unit and quantity missing");
        compare(section.items.count, 0);
        compare(dialog.editor.unitError, "Choose the unit.");
        verify(findChild(dialog, "unitMessage").visible);
        compare(message.text, "Enter the quantity.");
        verify(message.visible);
        mouseClick(chip(dialog, "unit_m"));
        compare(dialog.editor.unit, "m");

        typeInto(dialog, "itemQuantity", "0");
        compare(message.text, "Must be more than 0");
        verify(message.visible);
        typeInto(dialog, "itemQuantity", "18.6255");
        compare(message.text, "At most 3 decimals");
        mouseClick(save);
        verify(dialog.opened);
        compare(section.items.count, 0, "nothing saved while the quantity is wrong");

        typeInto(dialog, "itemQuantity", "18.625");
        compare(message.visible, false);
        dialog.editor.spec = "砖砌，高 2.0 m";
        verify(dialog.editor.canSave);
        mouseClick(save);
        tryCompare(dialog, "visible", false);

        compare(section.items.count, 1);
        const row = section.items.index(0, 0);
        compare(section.items.data(row, Qt.UserRole + 2), "围墙");
        compare(section.items.data(row, Qt.UserRole + 4), "18.625 m");
        verify(findChild(section, "item_围墙") !== null, "the row is on the form");

        // Decoration has its own names and units.
        page.scrollTo(section);
        waitForRendering(page);
        mouseClick(findChild(section, "addDecoration"));
        tryCompare(dialog, "opened", true);
        verify(dialog.editor.isDecoration);
        verify(!message.visible, "the next new item opens clean again");
        verify(chip(dialog, "name_吊顶") !== null);
        verify(chip(dialog, "unit_项") !== null);
        mouseClick(chip(dialog, "name_吊顶"));
        mouseClick(chip(dialog, "unit_m²"));
        typeInto(dialog, "itemQuantity", "21.6");
        mouseClick(save);
        tryCompare(dialog, "visible", false);
        compare(section.items.count, 2);
        compare(section.items.decorationCount, 1);

        dialog.openItem(section.items.data(row, Qt.UserRole + 1));
        tryCompare(dialog, "opened", true);
        compare(dialog.editor.quantityText, "18.625");
        mouseClick(findChild(dialog.footer, "deleteItem"));
        tryCompare(dialog, "visible", false);
        compare(section.items.count, 1);
    }

    function test_item_edit_after_signing_makes_the_signature_stale() {
        const page = newPage("孙八");
        const id = page.editor.householdId;
        const review = createTemporaryObject(reviewComponent, testCase, { householdId: id });
        const recorder = createTemporaryObject(recorderComponent, testCase, { householdId: id });
        const pad = createTemporaryObject(padComponent, testCase, { draftKey: id + "/head" });
        mousePress(pad, 40, 100);
        mouseMove(pad, 200, 60);
        mouseRelease(pad, 300, 120);
        verify(recorder.sign("head", "孙八", pad), recorder.error);
        compare(review.signatures[0].stale, false);
        const signedHash = review.contentHash;

        const editor = page.itemSection.dialog.editor;
        editor.startNew("ancillary");
        editor.name = "水井";
        editor.unit = "个";
        editor.quantityText = "1";
        verify(editor.save(), editor.saveError);
        verify(review.contentHash !== signedHash, "the item is part of the signed form");
        compare(review.signatures[0].stale, true);
        verify(!review.headSigned);
    }
}
