// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Survey

// The building's own fields and its two areas, certificate (证载) and measured (实测),
// side by side and never overwriting each other.
SvSection {
    id: form

    required property BuildingEditor editor
    /// Portrait: two fields per row to leave room for the parts list.
    property bool compact: false

    title: qsTr("Building")

    // Landscape: a narrow column, one field per row; portrait: three per row, so that the
    // parts list keeps most of the screen. Equal preferred widths make equal columns.
    GridLayout {
        Layout.fillWidth: true
        columns: form.compact ? 3 : 2
        columnSpacing: SvTheme.spacing
        rowSpacing: SvTheme.smallSpacing

        SvField {
            Layout.fillWidth: true
            Layout.preferredWidth: 100
            label: qsTr("Building no.")
            value: form.editor.noText
            error: form.editor.noError
            inputMethodHints: Qt.ImhDigitsOnly
            onEdited: text => form.editor.noText = text
        }
        SvField {
            Layout.fillWidth: true
            Layout.preferredWidth: 100
            label: qsTr("Floors above ground")
            value: form.editor.floorsText
            error: form.editor.floorsError
            inputMethodHints: Qt.ImhDigitsOnly
            onEdited: text => form.editor.floorsText = text
        }
        SvComboField {
            Layout.fillWidth: true
            Layout.preferredWidth: 100
            Layout.columnSpan: form.compact ? 1 : 2
            label: qsTr("Structure")
            table: "structure"
            code: form.editor.structure
            onChosen: code => form.editor.structure = code
        }
        Switch {
            Layout.fillWidth: true
            Layout.preferredWidth: 100
            Layout.columnSpan: form.compact ? 1 : 2
            Layout.alignment: Qt.AlignBottom
            implicitHeight: SvTheme.touch
            text: qsTr("Registered (has title certificate)")
            checked: form.editor.registered
            onToggled: form.editor.registered = checked
        }
        SvField {
            Layout.fillWidth: true
            Layout.preferredWidth: 100
            Layout.columnSpan: form.compact ? 1 : 2
            enabled: form.editor.registered
            label: qsTr("Certificate area")
            suffix: "m²"
            value: form.editor.certAreaText
            error: form.editor.certAreaError
            inputMethodHints: Qt.ImhFormattedNumbersOnly
            onEdited: text => form.editor.certAreaText = text
        }
    }

    Rectangle {
        Layout.fillWidth: true
        Layout.topMargin: SvTheme.smallSpacing
        implicitHeight: areas.implicitHeight + 24
        radius: SvTheme.radius
        color: form.editor.differenceFlagged ? "#FFF4E5" : "#EEF4FB"

        ColumnLayout {
            id: areas
            anchors.fill: parent
            anchors.margins: 12
            spacing: 4
            RowLayout {
                Label {
                    text: qsTr("Measured area")
                    color: SvTheme.secondaryText
                }
                Item { Layout.fillWidth: true }
                Label {
                    objectName: "measuredArea"
                    text: form.editor.measuredAreaText.length > 0 ? form.editor.measuredAreaText + " m²" : "—"
                    font.pixelSize: 24
                    font.bold: true
                    color: SvTheme.primaryDark
                }
            }
            Label {
                Layout.fillWidth: true
                visible: form.editor.differenceText.length > 0
                text: (form.editor.differenceFlagged ? qsTr("Area difference beyond tolerance, to be reviewed: ")
                                                      : qsTr("Difference to certificate: "))
                      + form.editor.differenceText
                color: form.editor.differenceFlagged ? SvTheme.pending : SvTheme.secondaryText
                font.pixelSize: SvTheme.fontSmall
                wrapMode: Text.Wrap
            }
        }
    }

    Label {
        Layout.fillWidth: true
        visible: form.editor.saveError.length > 0
        text: form.editor.saveError
        color: SvTheme.error
        wrapMode: Text.Wrap
    }
}
