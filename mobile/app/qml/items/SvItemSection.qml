// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Survey

// 附属物 and 装修 on the household form, where the surveyor already is: each item with its
// quantity and spec, a tap edits it, the two buttons add one of either kind.
SvSection {
    id: section

    property string householdId
    property alias items: items
    property alias dialog: dialog

    title: qsTr("Ancillary items and decoration")

    ItemListModel {
        id: items
        session: Session
        householdId: section.householdId
    }

    Label {
        Layout.fillWidth: true
        visible: items.count === 0
        text: section.householdId.length > 0 ? qsTr("No ancillary items or decoration recorded yet.")
                                             : qsTr("Save the household first, then add its ancillary items.")
        color: SvTheme.secondaryText
        font.pixelSize: SvTheme.fontSmall
        wrapMode: Text.Wrap
    }

    Repeater {
        model: items
        delegate: ColumnLayout {
            id: row

            required property string itemId
            required property string name
            required property bool isDecoration
            required property string quantityText
            required property string spec
            required property int number
            required property bool firstOfKind

            Layout.fillWidth: true
            spacing: 0

            // The list is grouped like the registration form: 附属物, then 装修.
            Label {
                Layout.fillWidth: true
                Layout.topMargin: SvTheme.smallSpacing
                visible: row.firstOfKind
                text: row.isDecoration ? qsTr("Decoration") : qsTr("Ancillary items")
                color: SvTheme.secondaryText
                font.pixelSize: SvTheme.fontSmall
                font.bold: true
            }
            ItemDelegate {
                objectName: "item_" + row.name
                Layout.fillWidth: true
                Layout.preferredHeight: 56
                leftPadding: 0
                rightPadding: 0
                onClicked: dialog.openItem(row.itemId)
                contentItem: RowLayout {
                    spacing: SvTheme.smallSpacing
                    Label {
                        Layout.preferredWidth: 28
                        text: row.number + "."
                        color: SvTheme.secondaryText
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 0
                        Label {
                            Layout.fillWidth: true
                            text: row.name
                            font.bold: true
                            elide: Text.ElideRight
                        }
                        Label {
                            Layout.fillWidth: true
                            visible: row.spec.length > 0
                            text: row.spec
                            color: SvTheme.secondaryText
                            font.pixelSize: SvTheme.fontSmall
                            elide: Text.ElideRight
                        }
                    }
                    Label {
                        text: row.quantityText
                        font.bold: true
                        horizontalAlignment: Text.AlignRight
                    }
                }
            }
        }
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: SvTheme.smallSpacing
        Button {
            objectName: "addAncillary"
            Layout.fillWidth: true
            Layout.preferredHeight: SvTheme.touch
            enabled: section.householdId.length > 0
            flat: true
            text: qsTr("Add ancillary item")
            onClicked: dialog.openNew("ancillary")
        }
        Button {
            objectName: "addDecoration"
            Layout.fillWidth: true
            Layout.preferredHeight: SvTheme.touch
            enabled: section.householdId.length > 0
            flat: true
            text: qsTr("Add decoration")
            onClicked: dialog.openNew("decoration")
        }
    }

    SvItemDialog {
        id: dialog
        parent: Overlay.overlay
        householdId: section.householdId
    }
}
