// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Survey

// 家庭成员: the household's members with their relation and circumstances; a tap edits,
// the button adds one. ID numbers and phones are masked in the list.
SvSection {
    id: section

    property string householdId
    property alias members: members
    property alias dialog: dialog

    title: qsTr("Family members")

    MemberListModel {
        id: members
        session: Session
        householdId: section.householdId
    }

    Label {
        Layout.fillWidth: true
        visible: members.count === 0
        text: section.householdId.length > 0 ? qsTr("No members recorded yet.")
                                             : qsTr("Save the household first, then add its members.")
        color: SvTheme.secondaryText
        font.pixelSize: SvTheme.fontSmall
        wrapMode: Text.Wrap
    }

    Repeater {
        model: members
        delegate: ItemDelegate {
            required property string memberId
            required property string name
            required property string relationLabel
            required property string maskedIdNumber
            required property string circumstances

            objectName: "member_" + name
            Layout.fillWidth: true
            Layout.preferredHeight: 56
            leftPadding: 0
            onClicked: dialog.openMember(memberId)
            contentItem: RowLayout {
                spacing: SvTheme.smallSpacing
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 0
                    Label {
                        text: relationLabel.length > 0 ? name + " · " + relationLabel : name
                        font.bold: true
                    }
                    Label {
                        text: maskedIdNumber
                        color: SvTheme.secondaryText
                        font.pixelSize: SvTheme.fontSmall
                    }
                }
                Repeater {
                    model: circumstances.length > 0 ? circumstances.split(",") : []
                    delegate: SvBadge {
                        required property string modelData
                        text: modelData
                        tint: SvTheme.pending
                    }
                }
            }
        }
    }

    Button {
        objectName: "addMember"
        Layout.fillWidth: true
        Layout.preferredHeight: SvTheme.touch
        enabled: section.householdId.length > 0
        flat: true
        text: qsTr("Add member")
        onClicked: dialog.openNew()
    }

    SvMemberDialog {
        id: dialog
        parent: Overlay.overlay
        householdId: section.householdId
    }
}
