// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtTest
import Survey

// The household form validates the head's ID number as it is typed, with the shared
// validator's Chinese message under the field.
TestCase {
    id: testCase

    name: "HouseholdForm"
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
        id: tenureComponent
        CodeListModel { table: "tenure" }
    }
    Component {
        id: editorComponent
        HouseholdEditor { session: Session }
    }

    // TestCase of Qt 6.4 has no keyClicks(): type character by character.
    function typeText(text) {
        for (const c of text)
            keyClick(c);
    }

    function typeId(page, text) {
        const field = findChild(page, "headIdNumber");
        const input = findChild(field, "input");
        input.forceActiveFocus();
        input.selectAll();
        typeText(text);
        return findChild(field, "message");
    }

    function test_id_number_messages_data() {
        return [
            { tag: "too short", id: "1101051949", message: "身份证号应为18位" },
            { tag: "letters", id: "11010519491231A02X", message: "身份证号前17位应为数字，末位为数字或X" },
            { tag: "region", id: "990105194912310021", message: "身份证号地区码无效" },
            { tag: "birth date", id: "110105194913310021", message: "身份证号中的出生日期无效" },
            { tag: "check digit", id: "110105194912310021", message: "身份证号校验位错误，请核对" },
        ];
    }

    function test_id_number_messages(data) {
        const page = createTemporaryObject(pageComponent, testCase);
        const message = typeId(page, data.id);
        compare(page.editor.idNumberError, data.message);
        compare(message.text, data.message);
        verify(message.visible);
        verify(!page.editor.canSave);
    }

    function test_valid_number_clears_the_message_and_is_normalised() {
        const page = createTemporaryObject(pageComponent, testCase);
        let message = typeId(page, "110105194912310021");
        verify(message.visible);
        message = typeId(page, "11010519491231002x");
        compare(page.editor.idNumberError, "");
        compare(message.text, "18 characters; the last may be X"); // back to the hint
        verify(page.editor.canSave);
        verify(page.editor.save(), page.editor.saveError);
        const reread = createTemporaryObject(editorComponent, testCase, { householdId: page.editor.householdId });
        compare(reread.headIdNumber, "11010519491231002X");
    }

    function test_new_household_gets_the_next_free_code() {
        const first = createTemporaryObject(pageComponent, testCase);
        const code = first.editor.code;
        verify(/^H-\d{4}$/.test(code), code);
        verify(first.editor.save(), first.editor.saveError);
        const second = createTemporaryObject(pageComponent, testCase);
        compare(second.editor.code, "H-" + String(Number(code.slice(2)) + 1).padStart(4, "0"));
        second.editor.code = code;
        compare(second.editor.codeError, "Code " + code + " is already used in this project.");
    }

    function cleanup() {
        Language.code = "zh_CN";
    }

    function test_switching_to_english_relabels_at_once() {
        const page = createTemporaryObject(pageComponent, testCase);
        const tenures = createTemporaryObject(tenureComponent, testCase);
        const message = typeId(page, "110105194912310021");
        compare(message.text, "身份证号校验位错误，请核对");
        compare(tenures.labelFor("public_direct"), "直管公房");

        Language.code = "en";
        compare(message.text, "The check digit does not match: a digit is probably mistyped.");
        compare(tenures.labelFor("public_direct"), "Public (directly managed)");
        compare(tenures.data(tenures.index(0, 0), Qt.UserRole + 2), "Private");
    }
}
