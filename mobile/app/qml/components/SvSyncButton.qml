// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Survey

// The toolbar's sync action: shows how many changes wait in the project's outbox and
// spins while a sync runs.
ToolButton {
    id: button

    readonly property int pending: Session.sync.pendingCount
    readonly property bool busy: Session.sync.busy

    implicitHeight: SvTheme.touch
    enabled: !busy
    Accessible.name: qsTr("Sync")
    onClicked: Session.syncNow()

    contentItem: Row {
        spacing: 8
        SvIcon {
            anchors.verticalCenter: parent.verticalCenter
            name: "sync"
            color: "white"
            RotationAnimation on rotation {
                running: button.busy
                alwaysRunToEnd: true // stop upright, not mid-turn
                loops: Animation.Infinite
                from: 360
                to: 0
                duration: 1200
            }
        }
        Label {
            anchors.verticalCenter: parent.verticalCenter
            text: button.busy ? qsTr("Syncing…") : qsTr("Sync")
            color: "white"
            font.pixelSize: SvTheme.fontBody
        }
        SvBadge {
            anchors.verticalCenter: parent.verticalCenter
            visible: button.pending > 0
            text: button.pending
            tint: SvTheme.accent
            filled: true
        }
    }

    ToolTip.visible: hovered
    ToolTip.text: button.pending > 0 ? qsTr("%n change(s) not yet synced", "", button.pending)
                                     : qsTr("Everything is synced")
}
