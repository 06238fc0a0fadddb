// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Survey

// Adds or edits one family member. The ID number is checked on every keystroke by the
// shared validator, with its message under the field.
Dialog {
    id: dialog

    property alias householdId: editor.householdId
    property alias editor: editor

    function openNew() {
        editor.startNew();
        open();
    }
    function openMember(memberId) {
        if (editor.load(memberId))
            open();
    }

    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 32 : 640, 640)
    modal: true
    padding: SvTheme.spacing
    title: editor.memberId.length > 0 ? qsTr("Edit member") : qsTr("New member")

    MemberEditor {
        id: editor
        session: Session
    }

    contentItem: GridLayout {
        columns: dialog.width > 520 ? 2 : 1
        columnSpacing: SvTheme.spacing
        rowSpacing: SvTheme.smallSpacing

        SvField {
            objectName: "memberName"
            Layout.fillWidth: true
            label: qsTr("Name")
            required: true
            value: editor.name
            error: editor.nameError
            onEdited: text => editor.name = text
        }
        SvComboField {
            objectName: "relation"
            Layout.fillWidth: true
            label: qsTr("Relation to the head")
            table: "relation"
            code: editor.relation
            onChosen: code => editor.relation = code
        }
        SvField {
            objectName: "memberIdNumber"
            Layout.fillWidth: true
            label: qsTr("ID number")
            value: editor.idNumber
            error: editor.idNumberError
            hint: qsTr("18 characters; the last may be X")
            inputMethodHints: Qt.ImhPreferNumbers | Qt.ImhNoPredictiveText
            onEdited: text => editor.idNumber = text
        }
        SvField {
            Layout.fillWidth: true
            label: qsTr("Phone")
            value: editor.phone
            inputMethodHints: Qt.ImhDialableCharactersOnly
            onEdited: text => editor.phone = text
        }
        ColumnLayout {
            Layout.fillWidth: true
            Layout.columnSpan: parent.columns
            spacing: 0
            Label {
                text: qsTr("Special circumstances")
                font.pixelSize: SvTheme.fontSmall
                color: SvTheme.secondaryText
            }
            Flow {
                Layout.fillWidth: true
                spacing: SvTheme.smallSpacing
                Repeater {
                    model: editor.circumstanceChoices
                    delegate: CheckBox {
                        required property var modelData
                        objectName: "circumstance_" + modelData.value
                        text: modelData.label
                        checked: editor.circumstances.indexOf(modelData.value) >= 0
                        onToggled: editor.setCircumstance(modelData.value, checked)
                    }
                }
            }
        }
        Label {
            Layout.fillWidth: true
            Layout.columnSpan: parent.columns
            visible: text.length > 0
            text: editor.saveError
            color: SvTheme.error
            wrapMode: Text.Wrap
        }
    }

    footer: DialogButtonBox {
        Button {
            text: qsTr("Delete")
            visible: editor.memberId.length > 0
            flat: true
            Material.foreground: SvTheme.error
            DialogButtonBox.buttonRole: DialogButtonBox.DestructiveRole
            onClicked: if (editor.remove()) dialog.close()
        }
        Button {
            text: qsTr("Cancel")
            flat: true
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
        Button {
            objectName: "saveMember"
            text: qsTr("Save")
            enabled: editor.canSave
            highlighted: true
            DialogButtonBox.buttonRole: DialogButtonBox.ApplyRole
            onClicked: if (editor.save()) dialog.close()
        }
    }
}
