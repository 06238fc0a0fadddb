// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import Survey

// Switches the UI between Chinese and English at once; the choice is remembered.
SvIconButton {
    id: button

    iconName: "translate"
    tip: qsTr("Language")
    text: Language.english ? "中文" : "English"
    display: AbstractButton.TextBesideIcon
    implicitWidth: implicitContentWidth + leftPadding + rightPadding
    Accessible.name: text

    contentItem: Row {
        spacing: 6
        SvIcon {
            anchors.verticalCenter: parent.verticalCenter
            name: "translate"
            color: button.iconColor
        }
        Label {
            anchors.verticalCenter: parent.verticalCenter
            text: button.text
            color: button.iconColor
        }
    }

    onClicked: Language.code = Language.english ? "zh_CN" : "en"
}
