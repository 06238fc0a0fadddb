// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One measured part: floor, kind, size, the rule that applied, and its counted area.
ItemDelegate {
    id: row

    required property string partId
    required property int floor
    required property string kindLabel
    required property string sizeText
    required property string areaText
    required property string ruleText
    required property bool stale

    height: 68
    background: Rectangle {
        color: row.down ? "#E8EEF7" : SvTheme.surface
        Rectangle {
            anchors.bottom: parent.bottom
            width: parent.width
            height: 1
            color: SvTheme.divider
        }
    }

    contentItem: RowLayout {
        spacing: SvTheme.spacing

        Rectangle {
            implicitWidth: 40
            implicitHeight: 40
            radius: 20
            color: "#E3ECF8"
            Label {
                anchors.centerIn: parent
                text: row.floor > 0 ? row.floor + "F" : "B" + (-row.floor)
                color: SvTheme.primaryDark
                font.bold: true
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            RowLayout {
                spacing: SvTheme.smallSpacing
                Label {
                    text: row.kindLabel
                    font.bold: true
                    color: SvTheme.text
                }
                Label {
                    text: row.sizeText
                    color: SvTheme.secondaryText
                }
            }
            Label {
                Layout.fillWidth: true
                text: row.stale ? qsTr("Area differs from the current rule: open and save again.")
                                : row.ruleText
                color: row.stale ? SvTheme.error : SvTheme.secondaryText
                font.pixelSize: SvTheme.fontSmall
                elide: Text.ElideRight
            }
        }
        Label {
            text: row.areaText + " m²"
            font.pixelSize: 18
            font.bold: true
            color: SvTheme.text
            horizontalAlignment: Text.AlignRight
        }
    }
}
