// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Survey

// One person signs the registration form they have just read. The signature binds to the
// form's content digest at the moment of signing.
Page {
    id: page

    readonly property bool wide: width >= SvTheme.wideWidth
    property alias householdId: recorder.householdId
    property string role: "head"
    property alias signerName: nameField.value
    property string shortHash
    property alias padView: padView
    property alias recorder: recorder

    background: Rectangle {
        color: SvTheme.background
    }

    SignatureRecorder {
        id: recorder
        session: Session
    }
    // Without a household it renders nothing; it only lends its role labels.
    FormReview {
        id: labels
    }

    header: SvPageHeader {
        title: qsTr("Sign: %1").arg(labels.roleLabel(page.role))
        subtitle: qsTr("Content digest %1").arg(page.shortHash)
        onBackClicked: page.StackView.view.pop()

        SvHeaderButton {
            objectName: "confirmSignature"
            text: qsTr("Confirm signature")
            enabled: !padView.pad.empty && nameField.value.trim().length > 0
            onClicked: {
                if (recorder.sign(page.role, nameField.value, padView.pad))
                    page.StackView.view.pop();
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: SvTheme.spacing
        spacing: SvTheme.smallSpacing

        Label {
            Layout.fillWidth: true
            text: qsTr("I have read the house survey registration form of this household (content digest %1) and confirm that it records what was found.").arg(page.shortHash)
            wrapMode: Text.Wrap
            font.pixelSize: SvTheme.fontBody
        }
        GridLayout {
            Layout.fillWidth: true
            columns: page.wide ? 2 : 1
            columnSpacing: SvTheme.spacing
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2
                Label {
                    text: qsTr("Signs as")
                    font.pixelSize: SvTheme.fontSmall
                    color: SvTheme.secondaryText
                }
                ComboBox {
                    objectName: "role"
                    Layout.fillWidth: true
                    Layout.preferredHeight: SvTheme.touch
                    model: ["head", "member", "surveyor", "witness"]
                    displayText: labels.roleLabel(page.role)
                    currentIndex: model.indexOf(page.role)
                    delegate: ItemDelegate {
                        required property string modelData
                        width: ListView.view.width
                        text: labels.roleLabel(modelData)
                    }
                    onActivated: index => page.role = model[index]
                }
            }
            SvField {
                id: nameField
                objectName: "signerName"
                Layout.fillWidth: true
                label: qsTr("Name of the signer")
                required: true
                onEdited: text => value = text
            }
        }
        SvSignaturePad {
            id: padView
            Layout.fillWidth: true
            Layout.fillHeight: true
            draftKey: page.householdId + "/" + page.role
        }
        Label {
            Layout.fillWidth: true
            visible: text.length > 0
            text: recorder.error
            color: SvTheme.error
            wrapMode: Text.Wrap
        }
    }
}
