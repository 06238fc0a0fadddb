// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Survey

// The signatures on the form so far. One made before the content last changed no longer
// confirms it and is marked 已失效 (content changed): the household must sign again.
ColumnLayout {
    id: root

    /// FormReview.signatures: [{role, roleLabel, signerName, signedAt, stale}]
    property var signatures: []

    spacing: 4

    Label {
        visible: root.signatures.length === 0
        text: qsTr("No signatures yet.")
        color: SvTheme.secondaryText
        font.pixelSize: SvTheme.fontSmall
    }
    Repeater {
        model: root.signatures
        delegate: RowLayout {
            required property var modelData
            Layout.fillWidth: true
            spacing: SvTheme.smallSpacing
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 0
                Label {
                    Layout.fillWidth: true
                    text: modelData.roleLabel + " · " + modelData.signerName
                    font.bold: true
                    elide: Text.ElideRight
                }
                Label {
                    text: modelData.signedAt.replace("T", " ").replace("Z", " UTC")
                    color: SvTheme.secondaryText
                    font.pixelSize: SvTheme.fontSmall
                }
            }
            SvBadge {
                objectName: modelData.stale ? "staleBadge" : "validBadge"
                text: modelData.stale ? qsTr("Void (content changed)") : qsTr("Valid")
                tint: modelData.stale ? SvTheme.error : SvTheme.ok
            }
        }
    }
}
