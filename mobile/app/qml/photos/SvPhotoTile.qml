// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One photo in a household's gallery: the stamped picture, its category, when and how
// precisely it was located, and whether the server has it yet.
ItemDelegate {
    id: tile

    required property string photoId
    required property url source
    required property string categoryLabel
    required property string takenAt
    required property string positionText
    required property bool uploaded

    padding: 4
    background: Rectangle {
        color: SvTheme.surface
        border.color: SvTheme.divider
        radius: SvTheme.radius
    }

    contentItem: ColumnLayout {
        spacing: 4
        Image {
            Layout.fillWidth: true
            Layout.fillHeight: true
            source: tile.source
            // Thumbnails only: a gallery of 40 full-size photos would not fit in memory.
            sourceSize.width: 360
            // The whole photo, stamp band included: the stamp is what makes it evidence.
            fillMode: Image.PreserveAspectFit
            asynchronous: true
            clip: true
        }
        RowLayout {
            Layout.fillWidth: true
            Label {
                Layout.fillWidth: true
                text: tile.categoryLabel
                font.bold: true
                elide: Text.ElideRight
            }
            SvBadge {
                objectName: "uploadBadge"
                text: tile.uploaded ? qsTr("On server") : qsTr("Not uploaded")
                tint: tile.uploaded ? SvTheme.ok : SvTheme.pending
            }
        }
        Label {
            Layout.fillWidth: true
            text: tile.takenAt + " · " + tile.positionText
            color: SvTheme.secondaryText
            font.pixelSize: SvTheme.fontSmall
            elide: Text.ElideRight
        }
    }
}
