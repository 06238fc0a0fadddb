// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Survey

// A record's stamped position with the button that takes the current fix. A refusal
// (too old, too inaccurate) stays under the button until the next attempt; otherwise the
// live state of the receiver is shown there.
ColumnLayout {
    id: field

    property string label: qsTr("Entrance position")
    property string recordedText
    property string errorText
    property string hint

    signal recordClicked()

    spacing: 4

    Label {
        text: field.label
        font.pixelSize: SvTheme.fontSmall
        color: SvTheme.secondaryText
    }
    Label {
        objectName: "recorded"
        Layout.fillWidth: true
        text: field.recordedText.length > 0 ? field.recordedText : qsTr("Not recorded")
        color: field.recordedText.length > 0 ? SvTheme.text : SvTheme.secondaryText
        font.pixelSize: SvTheme.fontBody
        wrapMode: Text.Wrap
    }
    Button {
        objectName: "recordPosition"
        Layout.fillWidth: true
        Layout.preferredHeight: SvTheme.touch + 8
        text: field.recordedText.length > 0 ? qsTr("Record position again") : qsTr("Record position")
        onClicked: field.recordClicked()
    }
    Label {
        objectName: "message"
        Layout.fillWidth: true
        // Wraps to the width it gets instead of widening the form's column to one line.
        Layout.preferredWidth: 0
        visible: text.length > 0
        text: field.errorText.length > 0 ? field.errorText : field.hint
        color: field.errorText.length > 0 ? SvTheme.error : SvTheme.secondaryText
        font.pixelSize: SvTheme.fontSmall
        wrapMode: Text.Wrap
    }
}
