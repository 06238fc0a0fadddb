// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls

// A toolbar button with an icon, 48 × 48 at least, and a tooltip naming the action.
ToolButton {
    id: button

    property string iconName
    property color iconColor: "white"
    property string tip

    implicitWidth: Math.max(SvTheme.touch, implicitContentWidth + leftPadding + rightPadding)
    implicitHeight: SvTheme.touch
    display: AbstractButton.IconOnly
    Accessible.name: tip

    contentItem: SvIcon {
        name: button.iconName
        color: button.enabled ? button.iconColor : Qt.rgba(1, 1, 1, 0.5)
        implicitWidth: 24
        implicitHeight: 24
    }

    ToolTip.visible: hovered && tip.length > 0
    ToolTip.text: tip
    ToolTip.delay: 600
}
