// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// The coloured bar on top of every page: back, title (with an optional subtitle) and the
// page's actions, which are its children.
ToolBar {
    id: header

    property string title
    property string subtitle
    property bool showBack: true
    default property alias actions: actionRow.data

    signal backClicked()

    Material.background: SvTheme.primary
    Material.foreground: "white"
    implicitHeight: 64

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: header.showBack ? 4 : SvTheme.spacing
        anchors.rightMargin: SvTheme.smallSpacing
        spacing: SvTheme.smallSpacing

        SvIconButton {
            visible: header.showBack
            iconName: "back"
            tip: qsTr("Back")
            onClicked: header.backClicked()
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0
            Label {
                Layout.fillWidth: true
                text: header.title
                font.pixelSize: SvTheme.fontTitle
                font.bold: true
                color: "white"
                elide: Text.ElideRight
            }
            Label {
                Layout.fillWidth: true
                visible: header.subtitle.length > 0
                text: header.subtitle
                font.pixelSize: SvTheme.fontSmall
                color: Qt.rgba(1, 1, 1, 0.8)
                elide: Text.ElideRight
            }
        }
        RowLayout {
            id: actionRow
            spacing: SvTheme.smallSpacing
        }
    }
}
