// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// A white card with a heading that groups related fields of a form.
Pane {
    id: section

    property string title
    default property alias content: body.data

    Material.elevation: 1
    Material.background: SvTheme.surface
    padding: SvTheme.spacing

    ColumnLayout {
        id: body
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: SvTheme.smallSpacing

        Label {
            Layout.fillWidth: true
            visible: section.title.length > 0
            text: section.title
            font.pixelSize: SvTheme.fontBody
            font.bold: true
            color: SvTheme.primaryDark
        }
    }
}
