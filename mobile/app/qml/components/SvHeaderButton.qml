// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls

// A text action in the page header ("Save"): white on the header colour, dimmed rather than
// grey when disabled, so that it stays readable.
ToolButton {
    id: button

    implicitHeight: SvTheme.touch
    font.pixelSize: SvTheme.fontBody
    font.bold: true

    contentItem: Label {
        text: button.text
        font: button.font
        color: "white"
        opacity: button.enabled ? 1 : 0.45
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
    }
}
