// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Survey

// A framed signature pad with undo and clear. The strokes are vector data kept by the
// C++ SignaturePad, which also keeps an unfinished signature as a draft.
ColumnLayout {
    id: root

    property alias pad: pad
    property alias draftKey: pad.draftKey
    property string prompt: qsTr("Sign here")

    spacing: SvTheme.smallSpacing

    Rectangle {
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.minimumHeight: 160
        color: "white"
        radius: SvTheme.radius
        border.color: SvTheme.divider
        border.width: 2

        SignaturePad {
            id: pad
            objectName: "signaturePad"
            anchors.fill: parent
            anchors.margins: 4
            session: Session
        }
        Label {
            anchors.centerIn: parent
            visible: pad.empty
            text: root.prompt
            color: SvTheme.divider
            font.pixelSize: SvTheme.fontHero
        }
    }
    RowLayout {
        Layout.fillWidth: true
        Label {
            Layout.fillWidth: true
            text: pad.empty ? "" : qsTr("%n stroke(s)", "", pad.strokeCount)
            color: SvTheme.secondaryText
            font.pixelSize: SvTheme.fontSmall
        }
        Button {
            flat: true
            enabled: !pad.empty
            text: qsTr("Undo")
            onClicked: pad.undo()
        }
        Button {
            flat: true
            enabled: !pad.empty
            text: qsTr("Clear")
            onClicked: pad.clear()
        }
    }
}
