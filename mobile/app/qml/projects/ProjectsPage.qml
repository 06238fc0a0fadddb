// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Survey

// The projects this surveyor is assigned to, as cached on the tablet; refreshed from the
// server when logged in, so the list also works offline.
Page {
    id: page

    signal projectOpened()
    signal loginRequested()

    background: Rectangle {
        color: SvTheme.background
    }

    header: SvPageHeader {
        showBack: false
        title: qsTr("Projects")
        subtitle: Session.loggedIn ? qsTr("Logged in as %1").arg(Session.displayName || Session.userName)
                                   : qsTr("Offline: not logged in")

        SvIconButton {
            visible: Session.loggedIn
            enabled: !Session.busy
            iconName: "refresh"
            tip: qsTr("Refresh the project list")
            onClicked: Session.refreshProjects()
        }
        SvLanguageSwitch {}
        SvIconButton {
            iconName: "logout"
            tip: Session.loggedIn ? qsTr("Log out") : qsTr("Log in")
            onClicked: {
                if (Session.loggedIn)
                    Session.logout();
                page.loginRequested();
            }
        }
    }

    Component.onCompleted: Session.refreshProjects()

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        ProgressBar {
            Layout.fillWidth: true
            visible: Session.busy
            indeterminate: true
        }
        SvBanner {
            Layout.fillWidth: true
            text: Session.errorText.length > 0
                  ? Session.errorText + " " + qsTr("Showing the projects saved on this tablet.")
                  : ""
        }

        ListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.maximumWidth: 960
            Layout.alignment: Qt.AlignHCenter
            topMargin: SvTheme.spacing
            bottomMargin: SvTheme.spacing
            spacing: SvTheme.smallSpacing
            clip: true
            model: Session.projects
            ScrollIndicator.vertical: ScrollIndicator {}

            delegate: ItemDelegate {
                id: row
                required property string projectId
                required property string code
                required property string name
                required property int pendingCount

                width: ListView.view.width - 2 * SvTheme.spacing
                x: SvTheme.spacing
                height: 80
                background: Rectangle {
                    radius: SvTheme.radius
                    color: row.down ? "#E8EEF7" : SvTheme.surface
                    border.color: SvTheme.divider
                }
                onClicked: {
                    Session.openProject(projectId);
                    page.projectOpened();
                }

                contentItem: RowLayout {
                    spacing: SvTheme.spacing
                    SvIcon {
                        name: "home"
                        color: SvTheme.primary
                        implicitWidth: 32
                        implicitHeight: 32
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 2
                        Label {
                            Layout.fillWidth: true
                            text: row.name
                            font.pixelSize: 18
                            font.bold: true
                            color: SvTheme.text
                            elide: Text.ElideRight
                        }
                        Label {
                            text: row.code
                            color: SvTheme.secondaryText
                        }
                    }
                    SvBadge {
                        visible: row.pendingCount > 0
                        text: qsTr("%n to sync", "", row.pendingCount)
                        tint: SvTheme.pending
                    }
                    SvIcon {
                        name: "chevron"
                        color: SvTheme.secondaryText
                    }
                }
            }

            Label {
                anchors.centerIn: parent
                width: parent.width - 64
                visible: list.count === 0 && !Session.busy
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                color: SvTheme.secondaryText
                text: Session.loggedIn ? qsTr("No project is assigned to you yet.")
                                       : qsTr("No project on this tablet yet. Log in to download your projects.")
            }
        }
    }
}
