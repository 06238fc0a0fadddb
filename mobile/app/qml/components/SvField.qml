// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// A labelled text input with its validation message underneath. The text is pushed to
// the model on every edit (`edited`) and follows the model's value otherwise.
ColumnLayout {
    id: field

    property string label
    property string value
    property string error
    property string hint
    property string placeholder
    property alias input: textField
    property alias echoMode: textField.echoMode
    property alias inputMethodHints: textField.inputMethodHints
    property bool required: false
    /// A unit shown inside the input's right end, e.g. "m".
    property string suffix

    signal edited(string text)
    signal accepted()

    spacing: 2

    Label {
        text: field.required ? field.label + " *" : field.label
        font.pixelSize: SvTheme.fontSmall
        color: field.error.length > 0 ? SvTheme.error : SvTheme.secondaryText
    }
    TextField {
        id: textField
        objectName: "input"
        Layout.fillWidth: true
        Layout.preferredHeight: SvTheme.touch
        topPadding: 8
        bottomPadding: 8
        text: field.value
        placeholderText: field.placeholder
        selectByMouse: true
        rightPadding: suffixLabel.visible ? suffixLabel.width + 12 : 8
        Material.accent: field.error.length > 0 ? SvTheme.error : SvTheme.primary
        onTextEdited: field.edited(text)
        onAccepted: field.accepted()

        Label {
            id: suffixLabel
            anchors.right: parent.right
            anchors.rightMargin: 8
            anchors.verticalCenter: parent.verticalCenter
            visible: field.suffix.length > 0
            text: field.suffix
            color: SvTheme.secondaryText
        }
    }
    Label {
        objectName: "message"
        Layout.fillWidth: true
        visible: text.length > 0
        text: field.error.length > 0 ? field.error : field.hint
        color: field.error.length > 0 ? SvTheme.error : SvTheme.secondaryText
        font.pixelSize: SvTheme.fontSmall
        wrapMode: Text.Wrap
    }
}
