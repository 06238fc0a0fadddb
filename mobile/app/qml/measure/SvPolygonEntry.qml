// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Survey

// The corners of a polygon part, one row each: x and y in metres from the starting corner,
// a button to remove the row, and one to add a corner. Everything is checked by the editor.
ColumnLayout {
    id: entry

    required property PartEditor editor

    spacing: SvTheme.smallSpacing

    Label {
        Layout.fillWidth: true
        text: qsTr("Corners in order around the room; x and y from the first corner.")
        color: SvTheme.secondaryText
        font.pixelSize: SvTheme.fontSmall
        wrapMode: Text.Wrap
    }

    Repeater {
        objectName: "vertexRows"
        model: entry.editor.vertexCount
        delegate: RowLayout {
            id: row
            required property int index

            objectName: "vertex" + index
            Layout.fillWidth: true
            spacing: SvTheme.smallSpacing

            SvField {
                objectName: "x"
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                label: qsTr("Corner %1 · x").arg(row.index + 1)
                suffix: "m"
                value: entry.editor.vertexXTexts[row.index] ?? ""
                error: entry.editor.vertexXErrors[row.index] ?? ""
                inputMethodHints: Qt.ImhFormattedNumbersOnly
                onEdited: text => entry.editor.setVertexX(row.index, text)
            }
            SvField {
                objectName: "y"
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                label: qsTr("Corner %1 · y").arg(row.index + 1)
                suffix: "m"
                value: entry.editor.vertexYTexts[row.index] ?? ""
                error: entry.editor.vertexYErrors[row.index] ?? ""
                inputMethodHints: Qt.ImhFormattedNumbersOnly
                onEdited: text => entry.editor.setVertexY(row.index, text)
            }
            SvIconButton {
                objectName: "removeVertex"
                // level with the inputs, below their labels
                Layout.alignment: Qt.AlignTop
                Layout.topMargin: 18
                iconName: "delete"
                iconColor: SvTheme.secondaryText
                tip: qsTr("Remove corner %1").arg(row.index + 1)
                onClicked: entry.editor.removeVertex(row.index)
            }
        }
    }

    Button {
        objectName: "addVertex"
        Layout.preferredHeight: SvTheme.touch
        enabled: entry.editor.canAddVertex
        flat: true
        Material.foreground: SvTheme.primary
        text: qsTr("+ Add corner")
        onClicked: entry.editor.addVertex()
    }
}
