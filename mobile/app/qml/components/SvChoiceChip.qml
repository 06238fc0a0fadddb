// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls

// A quick choice the surveyor taps instead of typing (a common item name, a unit): a full
// touch target, filled when it is the current value.
Button {
    id: chip

    property bool selected: false

    implicitHeight: SvTheme.touch
    leftPadding: 14
    rightPadding: 14
    font.pixelSize: SvTheme.fontBody
    background: Rectangle {
        implicitWidth: 48
        implicitHeight: 40
        y: (chip.height - height) / 2
        height: 40
        radius: height / 2
        color: chip.selected ? SvTheme.primary : (chip.down ? SvTheme.divider : SvTheme.surface)
        border.color: chip.selected ? SvTheme.primary : SvTheme.divider
    }
    contentItem: Label {
        text: chip.text
        font: chip.font
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        color: chip.selected ? "white" : SvTheme.text
    }
}
