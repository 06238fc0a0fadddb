// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Survey

// What the server did not take of this household's changes: for a conflict, the office's
// value beside the tablet's, to keep one; for a rejection, the server's reason.
SvSection {
    id: section

    property alias householdId: problems.householdId
    property alias problems: problems

    visible: problems.count > 0
    title: qsTr("Sync problems to settle (%1)").arg(problems.count)

    SyncProblemListModel {
        id: problems
        session: Session
    }

    Repeater {
        model: problems
        delegate: ColumnLayout {
            id: problemRow
            required property int index
            required property string entity
            required property string field
            required property string office
            required property string mine
            required property string message
            required property bool conflict
            required property bool canKeepMine

            Layout.fillWidth: true
            spacing: 4

            Label {
                Layout.fillWidth: true
                text: problemRow.conflict ? problemRow.entity + " · " + problemRow.field
                                          : problemRow.entity + " · " + qsTr("not accepted")
                font.bold: true
                color: SvTheme.error
            }
            GridLayout {
                Layout.fillWidth: true
                visible: problemRow.conflict
                columns: 2
                columnSpacing: SvTheme.smallSpacing
                Label {
                    text: qsTr("Office")
                    color: SvTheme.secondaryText
                }
                Label {
                    objectName: "officeValue"
                    Layout.fillWidth: true
                    text: problemRow.office.length > 0 ? problemRow.office : qsTr("(empty)")
                    wrapMode: Text.Wrap
                }
                Label {
                    text: qsTr("This tablet")
                    color: SvTheme.secondaryText
                }
                Label {
                    objectName: "mineValue"
                    Layout.fillWidth: true
                    text: problemRow.mine.length > 0 ? problemRow.mine : qsTr("(empty)")
                    wrapMode: Text.Wrap
                }
            }
            Label {
                Layout.fillWidth: true
                visible: !problemRow.conflict
                text: problemRow.message
                wrapMode: Text.Wrap
            }
            RowLayout {
                Layout.fillWidth: true
                Button {
                    Layout.fillWidth: true
                    Layout.preferredHeight: SvTheme.touch
                    text: problemRow.conflict ? qsTr("Keep office value") : qsTr("Dismiss")
                    onClicked: problems.keepOffice(problemRow.index)
                }
                Button {
                    Layout.fillWidth: true
                    Layout.preferredHeight: SvTheme.touch
                    visible: problemRow.canKeepMine
                    highlighted: true
                    Material.accent: SvTheme.primary
                    text: qsTr("Send mine again")
                    onClicked: problems.keepMine(problemRow.index)
                }
            }
        }
    }
}
