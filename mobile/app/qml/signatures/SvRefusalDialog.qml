// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Survey

// 拒签 / 无法入户: the reason goes into the record and a disinterested witness (见证人)
// signs; without the witness's signature nothing is recorded.
Dialog {
    id: dialog

    property SignatureRecorder recorder
    property alias witnessPad: padView.pad
    property alias reason: reasonArea.text
    property alias witnessName: witnessField.value
    property string kind: "refused"

    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 32 : 720, 720)
    height: Math.min(parent ? parent.height - 32 : 720, 720)
    modal: true
    padding: SvTheme.spacing
    title: qsTr("Refused or not reachable")

    contentItem: ColumnLayout {
        spacing: SvTheme.smallSpacing

        RowLayout {
            RadioButton {
                objectName: "kindRefused"
                text: qsTr("Refused to sign")
                checked: dialog.kind === "refused"
                onToggled: dialog.kind = "refused"
            }
            RadioButton {
                objectName: "kindAbsent"
                text: qsTr("Could not be reached")
                checked: dialog.kind === "absent"
                onToggled: dialog.kind = "absent"
            }
        }
        TextArea {
            id: reasonArea
            objectName: "reason"
            Layout.fillWidth: true
            Layout.preferredHeight: 80
            wrapMode: TextEdit.Wrap
            placeholderText: qsTr("Reason, as observed (recorded in the notes)")
        }
        SvField {
            id: witnessField
            objectName: "witnessName"
            Layout.fillWidth: true
            label: qsTr("Witness")
            required: true
            hint: qsTr("A disinterested third party, e.g. a notary or community officer")
            onEdited: text => value = text
        }
        SvSignaturePad {
            id: padView
            Layout.fillWidth: true
            Layout.fillHeight: true
            prompt: qsTr("Witness signs here")
            draftKey: dialog.recorder ? dialog.recorder.householdId + "/witness" : ""
        }
        Label {
            Layout.fillWidth: true
            visible: text.length > 0
            text: dialog.recorder ? dialog.recorder.error : ""
            color: SvTheme.error
            wrapMode: Text.Wrap
        }
    }

    footer: DialogButtonBox {
        Button {
            text: qsTr("Cancel")
            flat: true
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
        Button {
            objectName: "recordRefusal"
            text: qsTr("Record with witness")
            highlighted: true
            Material.accent: SvTheme.error
            DialogButtonBox.buttonRole: DialogButtonBox.ApplyRole
            onClicked: {
                if (dialog.recorder.recordRefusal(dialog.kind, reasonArea.text, witnessField.value,
                                                  padView.pad))
                    dialog.close();
            }
        }
    }
}
