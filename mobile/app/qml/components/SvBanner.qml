// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A full-width message strip under the header: an error, or how the last sync went.
Rectangle {
    id: banner

    property alias text: label.text
    property bool isError: true

    visible: text.length > 0
    implicitHeight: visible ? label.implicitHeight + 20 : 0
    color: isError ? "#FDECEA" : "#E8F5E9"

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: SvTheme.spacing
        anchors.rightMargin: SvTheme.spacing
        spacing: SvTheme.smallSpacing
        SvIcon {
            name: banner.isError ? "warning" : "check"
            color: banner.isError ? SvTheme.error : SvTheme.ok
            implicitWidth: 20
            implicitHeight: 20
        }
        Label {
            id: label
            objectName: "bannerText"
            Layout.fillWidth: true
            color: banner.isError ? SvTheme.error : SvTheme.ok
            wrapMode: Text.Wrap
        }
    }
}
