// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Survey

// Adds or edits one ancillary (附属物) or decoration (装修) item: a tap on a common name and
// a unit, the quantity typed, the spec if any. The editor checks every field as it is
// typed and refuses to save while one is wrong, marking each.
Dialog {
    id: dialog

    property alias householdId: editor.householdId
    property alias editor: editor

    function openNew(kind) {
        editor.startNew(kind);
        open();
    }
    function openItem(itemId) {
        if (editor.load(itemId))
            open();
    }

    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 32 : 720, 720)
    modal: true
    padding: SvTheme.spacing
    title: editor.itemId.length > 0
           ? (editor.isDecoration ? qsTr("Edit decoration item") : qsTr("Edit ancillary item"))
           : (editor.isDecoration ? qsTr("New decoration item") : qsTr("New ancillary item"))

    ItemEditor {
        id: editor
        session: Session
    }

    contentItem: ColumnLayout {
        id: form
        spacing: SvTheme.smallSpacing

        RowLayout {
            spacing: SvTheme.smallSpacing
            SvChoiceChip {
                objectName: "kindAncillary"
                text: qsTr("Ancillary item")
                selected: !editor.isDecoration
                onClicked: editor.kind = "ancillary"
            }
            SvChoiceChip {
                objectName: "kindDecoration"
                text: qsTr("Decoration")
                selected: editor.isDecoration
                onClicked: editor.kind = "decoration"
            }
        }
        SvField {
            objectName: "itemName"
            Layout.fillWidth: true
            label: qsTr("Name")
            required: true
            value: editor.name
            error: editor.nameError
            onEdited: text => editor.name = text
        }
        Flow {
            Layout.fillWidth: true
            spacing: SvTheme.smallSpacing
            Repeater {
                model: editor.nameChoices
                delegate: SvChoiceChip {
                    required property var modelData
                    objectName: "name_" + modelData.value
                    text: modelData.label
                    selected: editor.name === modelData.value
                    onClicked: editor.name = modelData.value
                }
            }
        }
        Label {
            text: qsTr("Unit") + " *"
            font.pixelSize: SvTheme.fontSmall
            color: editor.unitError.length > 0 ? SvTheme.error : SvTheme.secondaryText
        }
        Flow {
            Layout.fillWidth: true
            spacing: SvTheme.smallSpacing
            Repeater {
                model: editor.unitChoices
                delegate: SvChoiceChip {
                    required property string modelData
                    objectName: "unit_" + modelData
                    text: modelData
                    selected: editor.unit === modelData
                    onClicked: editor.unit = modelData
                }
            }
        }
        Label {
            objectName: "unitMessage"
            Layout.fillWidth: true
            visible: text.length > 0
            text: editor.unitError
            color: SvTheme.error
            font.pixelSize: SvTheme.fontSmall
        }
        GridLayout {
            Layout.fillWidth: true
            columns: dialog.width > 520 ? 2 : 1
            columnSpacing: SvTheme.spacing
            rowSpacing: SvTheme.smallSpacing
            SvField {
                objectName: "itemQuantity"
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                label: qsTr("Quantity")
                required: true
                value: editor.quantityText
                error: editor.quantityError
                suffix: editor.unit
                inputMethodHints: Qt.ImhFormattedNumbersOnly
                onEdited: text => editor.quantityText = text
            }
            SvField {
                objectName: "itemSpec"
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                label: qsTr("Spec")
                value: editor.spec
                placeholder: editor.isDecoration ? qsTr("e.g. ceramic, 800 × 800 mm")
                                                 : qsTr("e.g. brick, 2.0 m high")
                onEdited: text => editor.spec = text
            }
        }
        Label {
            Layout.fillWidth: true
            visible: text.length > 0
            text: editor.saveError
            color: SvTheme.error
            wrapMode: Text.Wrap
        }
    }

    footer: DialogButtonBox {
        Button {
            objectName: "deleteItem"
            text: qsTr("Delete")
            visible: editor.itemId.length > 0
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
            objectName: "saveItem"
            text: qsTr("Save")
            // Always enabled: a refused save is what marks the fields not filled in yet.
            highlighted: true
            DialogButtonBox.buttonRole: DialogButtonBox.ApplyRole
            onClicked: if (editor.save()) dialog.close()
        }
    }
}
