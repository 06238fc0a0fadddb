// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Survey

// A labelled choice from one of the shared code tables (权属, 用途, 结构 …); `code` is the
// wire code, the list shows labels in the UI language.
ColumnLayout {
    id: field

    property string label
    property alias table: codes.table
    property string code

    signal chosen(string code)

    spacing: 2

    // ComboBox drops a bound currentIndex once the user picks, and a language switch
    // resets the model: set the index explicitly whenever either changes.
    function showCode() {
        combo.currentIndex = codes.indexOf(field.code);
    }

    onCodeChanged: showCode()
    Component.onCompleted: showCode()

    CodeListModel {
        id: codes
        onModelReset: field.showCode()
    }

    Label {
        text: field.label
        font.pixelSize: SvTheme.fontSmall
        color: SvTheme.secondaryText
    }
    ComboBox {
        id: combo
        Layout.fillWidth: true
        Layout.preferredHeight: SvTheme.touch
        model: codes
        textRole: "label"
        valueRole: "code"
        displayText: currentIndex < 0 ? qsTr("Choose…") : currentText
        onActivated: field.chosen(currentValue)
    }
}
