// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Survey

// Adds or edits a part, a rectangle or a polygon outline. The area and the rule behind it
// update on every keystroke, computed by the same code the server checks with.
Dialog {
    id: dialog

    function openNew(buildingId, floor) {
        editor.buildingId = buildingId;
        editor.startNew(floor);
        open();
    }
    function openPart(partId) {
        if (editor.load(partId))
            open();
    }

    anchors.centerIn: Overlay.overlay
    width: Math.min(parent ? parent.width - 32 : 640, 680)
    // A polygon's corner rows can outgrow a landscape screen: the form scrolls inside.
    height: Math.min(implicitHeight, Overlay.overlay ? Overlay.overlay.height - 32 : implicitHeight)
    modal: true
    padding: SvTheme.spacing
    title: editor.partId.length > 0 ? qsTr("Edit part") : qsTr("New part")

    readonly property bool polygon: editor.shape === "polygon"
    property alias editor: editor

    PartEditor {
        id: editor
        session: Session
    }

    contentItem: Flickable {
        id: scroller
        objectName: "partForm"
        implicitHeight: form.implicitHeight
        contentHeight: form.implicitHeight
        clip: true
        flickableDirection: Flickable.VerticalFlick
        boundsBehavior: Flickable.StopAtBounds
        // Shown whenever the form overflows, so that the surveyor knows more is below.
        ScrollBar.vertical: ScrollBar {
            id: scrollBar
            policy: scroller.contentHeight > scroller.height ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff
        }

        GridLayout {
            id: form
            // clear of the scroll bar, which would otherwise cover the right column
            width: scroller.width - (scrollBar.policy === ScrollBar.AlwaysOn ? scrollBar.width + 4 : 0)
            columns: 2
            columnSpacing: SvTheme.spacing
            rowSpacing: SvTheme.smallSpacing

            SvField {
                objectName: "floor"
                Layout.fillWidth: true
                label: qsTr("Floor")
                value: editor.floorText
                error: editor.floorError
                inputMethodHints: Qt.ImhFormattedNumbersOnly
                onEdited: text => editor.floorText = text
            }
            SvComboField {
                objectName: "kind"
                Layout.fillWidth: true
                label: qsTr("Kind of part")
                table: "partKind"
                code: editor.kind
                onChosen: code => editor.kind = code
            }
            RowLayout {
                Layout.columnSpan: 2
                Layout.fillWidth: true
                spacing: SvTheme.smallSpacing
                Label {
                    text: qsTr("Shape")
                    color: SvTheme.secondaryText
                }
                Button {
                    objectName: "shapeRectangle"
                    Layout.fillWidth: true
                    Layout.preferredHeight: SvTheme.touch
                    checkable: true
                    autoExclusive: true
                    highlighted: checked
                    Material.accent: SvTheme.primary
                    checked: editor.shape === "rectangle"
                    text: qsTr("Rectangle")
                    onClicked: editor.shape = "rectangle"
                }
                Button {
                    objectName: "shapePolygon"
                    Layout.fillWidth: true
                    Layout.preferredHeight: SvTheme.touch
                    checkable: true
                    autoExclusive: true
                    highlighted: checked
                    Material.accent: SvTheme.primary
                    checked: editor.shape === "polygon"
                    text: qsTr("Polygon (L-shaped, irregular)")
                    onClicked: editor.shape = "polygon"
                }
            }
            SvField {
                objectName: "width"
                Layout.fillWidth: true
                visible: !dialog.polygon
                label: qsTr("Width")
                suffix: "m"
                value: editor.widthText
                error: editor.widthError
                inputMethodHints: Qt.ImhFormattedNumbersOnly
                onEdited: text => editor.widthText = text
            }
            SvField {
                objectName: "depth"
                Layout.fillWidth: true
                visible: !dialog.polygon
                label: qsTr("Depth")
                suffix: "m"
                value: editor.depthText
                error: editor.depthError
                inputMethodHints: Qt.ImhFormattedNumbersOnly
                onEdited: text => editor.depthText = text
            }
            SvField {
                objectName: "width2"
                Layout.fillWidth: true
                visible: !dialog.polygon
                label: qsTr("Width, second reading")
                placeholder: qsTr("if measured twice")
                suffix: "m"
                value: editor.width2Text
                hint: editor.widthNote
                inputMethodHints: Qt.ImhFormattedNumbersOnly
                onEdited: text => editor.width2Text = text
            }
            SvField {
                objectName: "depth2"
                Layout.fillWidth: true
                visible: !dialog.polygon
                label: qsTr("Depth, second reading")
                placeholder: qsTr("if measured twice")
                suffix: "m"
                value: editor.depth2Text
                hint: editor.depthNote
                inputMethodHints: Qt.ImhFormattedNumbersOnly
                onEdited: text => editor.depth2Text = text
            }
            RowLayout {
                objectName: "polygon"
                Layout.columnSpan: 2
                Layout.fillWidth: true
                visible: dialog.polygon
                spacing: SvTheme.spacing
                SvPolygonEntry {
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                    editor: dialog.editor
                }
                // Beside the corners, so that the outline and its area stay in sight while a
                // long list of corners scrolls on a landscape screen.
                ColumnLayout {
                    Layout.alignment: Qt.AlignTop
                    Layout.topMargin: 24
                    Layout.maximumWidth: 220
                    spacing: 4
                    SvOutlinePreview {
                        objectName: "outlinePreview"
                        points: editor.outline
                        closed: editor.valid
                    }
                    Label {
                        objectName: "outlineArea"
                        Layout.fillWidth: true
                        text: editor.valid ? editor.areaText + " m²" : editor.errorText
                        color: editor.valid ? SvTheme.primaryDark : SvTheme.pending
                        font.bold: editor.valid
                        font.pixelSize: editor.valid ? SvTheme.fontTitle : SvTheme.fontSmall
                        wrapMode: Text.Wrap
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: editor.valid
                        text: editor.ruleText
                        font.pixelSize: SvTheme.fontSmall
                        wrapMode: Text.Wrap
                    }
                }
            }
            SvField {
                objectName: "height"
                Layout.fillWidth: true
                visible: editor.needsHeight
                label: editor.heightIsClear ? qsTr("Clear height") : qsTr("Storey height")
                suffix: "m"
                value: editor.heightText
                error: editor.heightError
                inputMethodHints: Qt.ImhFormattedNumbersOnly
                onEdited: text => editor.heightText = text
            }
            SvField {
                objectName: "sill"
                Layout.fillWidth: true
                visible: editor.needsSill
                label: qsTr("Sill height above floor")
                suffix: "m"
                value: editor.sillText
                error: editor.sillError
                inputMethodHints: Qt.ImhFormattedNumbersOnly
                onEdited: text => editor.sillText = text
            }
            Item {
                // keeps the result panel on its own row when only one of height/sill shows
                visible: editor.needsHeight !== editor.needsSill
                Layout.fillWidth: true
            }

            Rectangle {
                Layout.columnSpan: 2
                Layout.fillWidth: true
                Layout.topMargin: SvTheme.smallSpacing
                implicitHeight: result.implicitHeight + 24
                radius: SvTheme.radius
                color: editor.valid ? "#EEF4FB" : "#FFF4E5"

                ColumnLayout {
                    id: result
                    anchors.fill: parent
                    anchors.margins: 12
                    spacing: 4
                    // Anchors, not a RowLayout: Qt 6.4 does not re-lay out a row whose text
                    // changed while the dialog was closed, and the area would overflow.
                    Item {
                        Layout.fillWidth: true
                        implicitHeight: area.implicitHeight
                        Label {
                            anchors.left: parent.left
                            anchors.verticalCenter: parent.verticalCenter
                            text: qsTr("Counted area")
                            color: SvTheme.secondaryText
                        }
                        Label {
                            id: area
                            objectName: "area"
                            anchors.right: parent.right
                            text: editor.valid ? editor.areaText + " m²" : "—"
                            font.pixelSize: SvTheme.fontHero
                            font.bold: true
                            color: editor.valid ? SvTheme.primaryDark : SvTheme.secondaryText
                        }
                    }
                    Label {
                        objectName: "floorArea"
                        Layout.fillWidth: true
                        visible: editor.valid
                        wrapMode: Text.Wrap
                        text: dialog.polygon
                              ? qsTr("Floor area of the outline (%n corner(s)) = %1 m²", "", editor.vertexCount).arg(editor.floorAreaText)
                              : qsTr("Floor area %1 m = %2 m²").arg(editor.lengthsText).arg(editor.floorAreaText)
                        color: SvTheme.secondaryText
                    }
                    Label {
                        objectName: "rule"
                        Layout.fillWidth: true
                        text: editor.valid ? editor.ruleText : editor.errorText
                        color: editor.valid ? SvTheme.text : SvTheme.pending
                        font.pixelSize: 17
                        wrapMode: Text.Wrap
                    }
                }
            }
            Label {
                Layout.columnSpan: 2
                Layout.fillWidth: true
                visible: editor.saveError.length > 0
                text: editor.saveError
                color: SvTheme.error
                wrapMode: Text.Wrap
            }
        }
    }

    // Delete apart on the left, away from Save, so that it is not hit by accident.
    footer: RowLayout {
        spacing: SvTheme.smallSpacing

        Button {
            Layout.leftMargin: SvTheme.spacing
            Layout.bottomMargin: SvTheme.smallSpacing
            visible: editor.partId.length > 0
            text: qsTr("Delete")
            flat: true
            Material.foreground: SvTheme.error
            onClicked: if (editor.remove()) dialog.close()
        }
        Item {
            Layout.fillWidth: true
        }
        Button {
            Layout.bottomMargin: SvTheme.smallSpacing
            text: qsTr("Cancel")
            flat: true
            onClicked: dialog.close()
        }
        Button {
            objectName: "savePart"
            Layout.rightMargin: SvTheme.spacing
            Layout.bottomMargin: SvTheme.smallSpacing
            text: qsTr("Save")
            enabled: editor.valid
            highlighted: true
            Material.accent: SvTheme.primary
            onClicked: if (editor.save()) dialog.close()
        }
    }
}
