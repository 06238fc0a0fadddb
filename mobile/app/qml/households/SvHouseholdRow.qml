// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One household in the list: code, head, address, status, and how many of its changes
// are still only on this tablet. One line when wide, two when narrow.
ItemDelegate {
    id: row

    required property string householdId
    required property string code
    required property string headName
    required property string address
    required property string doorNo
    required property string statusLabel
    required property int pendingCount
    required property int problemCount
    property bool wide: true

    readonly property string place: doorNo.length > 0 ? address + " · " + doorNo : address

    height: wide ? 64 : 84
    background: Rectangle {
        color: row.down ? "#E8EEF7" : SvTheme.surface
        Rectangle {
            anchors.bottom: parent.bottom
            width: parent.width
            height: 1
            color: SvTheme.divider
        }
    }

    contentItem: ColumnLayout {
        spacing: 4

        RowLayout {
            Layout.fillWidth: true
            spacing: SvTheme.spacing

            Label {
                Layout.preferredWidth: 80
                text: row.code
                font.bold: true
                color: SvTheme.primaryDark
            }
            Label {
                Layout.preferredWidth: row.wide ? 120 : -1
                Layout.fillWidth: !row.wide
                text: row.headName.length > 0 ? row.headName : qsTr("(no head yet)")
                font.pixelSize: 17
                color: row.headName.length > 0 ? SvTheme.text : SvTheme.secondaryText
                elide: Text.ElideRight
            }
            Label {
                visible: row.wide
                Layout.fillWidth: true
                text: row.place
                color: SvTheme.secondaryText
                elide: Text.ElideRight
            }
            SvBadge {
                visible: row.problemCount > 0
                text: qsTr("%n not accepted", "", row.problemCount)
                tint: SvTheme.error
                filled: true
            }
            SvBadge {
                objectName: "pendingBadge"
                visible: row.pendingCount > 0
                text: qsTr("%n to sync", "", row.pendingCount)
                tint: SvTheme.pending
            }
            SvBadge {
                text: row.statusLabel
                tint: SvTheme.primary
            }
            SvIcon {
                visible: row.wide
                name: "chevron"
                color: SvTheme.secondaryText
            }
        }
        Label {
            visible: !row.wide
            Layout.fillWidth: true
            text: row.place
            color: SvTheme.secondaryText
            elide: Text.ElideRight
        }
    }
}
