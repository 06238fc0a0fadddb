// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Survey

// The households of the current project on this tablet: search, open, add, and sync.
Page {
    id: page

    readonly property bool wide: width >= SvTheme.wideWidth

    signal householdOpened(string householdId)
    signal householdAdded()

    background: Rectangle {
        color: SvTheme.background
    }

    header: SvPageHeader {
        title: Session.projectName
        subtitle: qsTr("%1 · %n household(s)", "", households.count).arg(Session.projectCode)
        onBackClicked: page.StackView.view.pop()

        SvSyncButton {}
    }

    HouseholdListModel {
        id: households
        session: Session
        projectId: Session.projectId
        search: filterBar.searchText
        statusFilter: filterBar.status
        streetFilter: filterBar.street
        unsyncedOnly: filterBar.unsyncedOnly
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        ProgressBar {
            Layout.fillWidth: true
            visible: Session.sync.busy
            indeterminate: Session.sync.progress < 0
            value: Math.max(0, Session.sync.progress)
        }
        SvBanner {
            Layout.fillWidth: true
            text: Session.sync.busy ? Session.sync.stageText : Session.sync.message
            isError: !Session.sync.busy && !Session.sync.lastOk
        }

        SvHouseholdFilterBar {
            id: filterBar
            objectName: "filterBar"
            Layout.fillWidth: true
            streets: households.streets
        }

        ListView {
            id: list
            objectName: "householdList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: households
            bottomMargin: 96 // room to scroll the last row above the add button
            ScrollIndicator.vertical: ScrollIndicator {}

            delegate: SvHouseholdRow {
                width: ListView.view.width
                wide: page.wide
                onClicked: page.householdOpened(householdId)
            }

            Label {
                anchors.centerIn: parent
                width: parent.width - 64
                visible: list.count === 0
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                color: SvTheme.secondaryText
                text: filterBar.searchText.length > 0 ? qsTr("No household matches “%1”.").arg(filterBar.searchText)
                                                      : filterBar.status || filterBar.street || filterBar.unsyncedOnly
                                                        ? qsTr("No household matches these filters.")
                                                        : qsTr("No household yet. Add the first one with the + button.")
            }
        }
    }

    RoundButton {
        objectName: "addHousehold"
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: 24
        width: page.wide ? implicitWidth : 64
        height: 64
        radius: 32
        highlighted: true
        Material.accent: SvTheme.accent
        Material.elevation: 6
        Accessible.name: qsTr("New household")
        onClicked: page.householdAdded()

        contentItem: Row {
            spacing: 8
            leftPadding: page.wide ? 12 : 0
            rightPadding: page.wide ? 16 : 0
            SvIcon {
                anchors.verticalCenter: parent.verticalCenter
                name: "add"
                color: "white"
                width: 28
                height: 28
            }
            Label {
                anchors.verticalCenter: parent.verticalCenter
                visible: page.wide
                text: qsTr("New household")
                color: "white"
                font.pixelSize: SvTheme.fontBody
                font.bold: true
            }
        }
    }
}
