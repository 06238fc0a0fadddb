// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Survey

// The position at a glance, large and on a solid colour so that it reads in sunlight:
// green when the fix may be stamped, amber when it is too inaccurate, red when it is too
// old or there is none. Shows what it is given: Session.position, or stub values.
Rectangle {
    id: badge

    property int verdict: PositionStatus.NoFix
    property string accuracyText
    property string ageText
    property bool replaying: false

    readonly property color tint: verdict === PositionStatus.Accepted ? SvTheme.ok
                                : verdict === PositionStatus.Inaccurate ? SvTheme.caution
                                : SvTheme.error
    readonly property color ink: verdict === PositionStatus.Inaccurate ? SvTheme.text : "white"

    implicitWidth: row.implicitWidth + 2 * SvTheme.spacing
    implicitHeight: SvTheme.touch
    radius: SvTheme.radius
    color: tint
    border.color: "white"
    border.width: 2

    RowLayout {
        id: row
        anchors.centerIn: parent
        spacing: SvTheme.smallSpacing

        Label {
            text: badge.replaying ? qsTr("GPS replay") : qsTr("GPS")
            color: badge.ink
            font.pixelSize: SvTheme.fontBody
            font.bold: true
        }
        Label {
            objectName: "accuracy"
            text: badge.verdict === PositionStatus.NoFix ? qsTr("no fix") : badge.accuracyText
            color: badge.ink
            font.pixelSize: SvTheme.fontTitle + 2
            font.bold: true
        }
        Label {
            objectName: "age"
            visible: badge.verdict !== PositionStatus.NoFix && badge.ageText.length > 0
            text: badge.ageText
            color: badge.ink
            font.pixelSize: SvTheme.fontTitle + 2
            font.bold: true
        }
    }
}
