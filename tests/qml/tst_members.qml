// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtTest
import Survey

// 家庭成员 on the household form: the member dialog validates the ID number live with the
// shared validator and saves the member with its circumstances into the list.
TestCase {
    id: testCase

    name: "Members"
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

    // TestCase of Qt 6.4 has no keyClicks(): type character by character.
    function typeText(text) {
        for (const c of text)
            keyClick(c);
    }

    function typeInto(dialog, name, text) {
        const input = findChild(findChild(dialog, name), "input");
        input.forceActiveFocus();
        input.selectAll();
        typeText(text);
    }

    function test_member_id_number_is_validated_and_member_saved() {
        const page = createTemporaryObject(pageComponent, testCase);
        page.editor.headName = "赵六";
        verify(page.editor.save(), page.editor.saveError);
        const section = page.memberSection;
        compare(section.members.count, 0);
        const dialog = section.dialog;
        dialog.openNew();
        tryCompare(dialog, "opened", true);

        // keyClick() types ASCII only.
        findChild(dialog, "memberName").edited("赵小六");
        typeInto(dialog, "memberIdNumber", "110105194912310021");
        const message = findChild(findChild(dialog, "memberIdNumber"), "message");
        compare(message.text, "身份证号校验位错误，请核对");
        verify(message.visible);
        verify(!dialog.editor.canSave);
        verify(!findChild(dialog.footer, "saveMember").enabled);

        typeInto(dialog, "memberIdNumber", "11010519491231002x");
        compare(dialog.editor.idNumberError, "");
        compare(message.text, "18 characters; the last may be X");
        dialog.editor.relation = "child";
        dialog.editor.setCircumstance("残疾", true);
        compare(dialog.editor.circumstances, ["残疾"]);
        mouseClick(findChild(dialog.footer, "saveMember"));
        tryCompare(dialog, "opened", false);

        compare(section.members.count, 1);
        const row = section.members.index(0, 0);
        compare(section.members.data(row, Qt.UserRole + 2), "赵小六");
        compare(section.members.data(row, Qt.UserRole + 3), "子女");
        compare(section.members.data(row, Qt.UserRole + 6), "残疾");
        dialog.openMember(section.members.data(row, Qt.UserRole + 1));
        compare(dialog.editor.idNumber, "11010519491231002X", "stored normalised");
        verify(dialog.editor.remove());
        compare(section.members.count, 0);
        dialog.close();
    }
}
