// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls

// A large white glyph button over a photo (close, previous, next). A text glyph rather than
// an SvIcon: the canvas icons inside a just-opened popup were sometimes left unpainted.
ToolButton {
    id: button

    property string glyph
    property string tip
    /// A dark rounded backdrop, for buttons that lie over the photo itself.
    property bool backdrop: false

    Accessible.name: tip
    contentItem: Label {
        text: button.glyph
        color: "white"
        font.pixelSize: 44
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
    }
    background: Rectangle {
        radius: SvTheme.radius
        color: button.down ? "#B3000000" : (button.backdrop ? "#80000000" : "transparent")
    }
}
