// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls

// A small rounded label: a household status, or "待同步 3" for changes not yet synced.
Rectangle {
    id: badge

    property alias text: label.text
    property color tint: SvTheme.primary
    property bool filled: false

    implicitWidth: label.implicitWidth + 16
    implicitHeight: 26
    radius: height / 2
    color: filled ? tint : Qt.rgba(tint.r, tint.g, tint.b, 0.12)
    border.color: Qt.rgba(tint.r, tint.g, tint.b, 0.5)
    border.width: filled ? 0 : 1

    Label {
        id: label
        anchors.centerIn: parent
        font.pixelSize: SvTheme.fontSmall
        font.bold: badge.filled
        color: badge.filled ? "white" : badge.tint
    }
}
