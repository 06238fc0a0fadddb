// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Survey

// First screen: server (with its pinned certificate), user and password. Projects already
// on the tablet stay usable offline without logging in.
Page {
    id: page

    readonly property bool wide: width >= SvTheme.wideWidth
    property string serverText: Session.serverUrl
    property string fingerprintText: Session.fingerprint
    property string userText: Session.userName
    readonly property string pinned: Session.formatFingerprint(fingerprintText)

    signal loggedIn()
    signal offlineChosen()

    function login() {
        Session.login(serverText, fingerprintText, userText, passwordField.input.text);
    }

    background: Rectangle {
        color: SvTheme.background
    }

    Connections {
        target: Session
        function onLoginSucceeded() {
            passwordField.input.clear();
            page.loggedIn();
        }
    }

    GridLayout {
        anchors.fill: parent
        columns: page.wide ? 2 : 1
        rowSpacing: 0
        columnSpacing: 0

        Rectangle {
            id: brand
            Layout.fillWidth: !page.wide
            Layout.fillHeight: page.wide
            Layout.preferredWidth: page.wide ? page.width * 0.42 : -1
            Layout.preferredHeight: page.wide ? -1 : 240
            gradient: Gradient {
                GradientStop { position: 0; color: SvTheme.primary }
                GradientStop { position: 1; color: SvTheme.primaryDark }
            }

            SvLanguageSwitch {
                anchors.top: parent.top
                anchors.right: parent.right
                anchors.margins: SvTheme.smallSpacing
            }

            ColumnLayout {
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                anchors.margins: page.wide ? 56 : 32
                spacing: SvTheme.smallSpacing

                Label {
                    Layout.fillWidth: true
                    text: qsTr("Expropriation of houses on state-owned land")
                    color: Qt.rgba(1, 1, 1, 0.8)
                    font.pixelSize: SvTheme.fontBody
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("House Survey")
                    color: "white"
                    font.pixelSize: page.wide ? 40 : SvTheme.fontHero
                    font.bold: true
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    Layout.topMargin: SvTheme.smallSpacing
                    text: qsTr("Survey and measure door to door. Everything is saved on this tablet and synced when the network is back.")
                    color: Qt.rgba(1, 1, 1, 0.85)
                    font.pixelSize: SvTheme.fontBody
                    wrapMode: Text.Wrap
                }
            }
        }

        Flickable {
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentHeight: form.implicitHeight + 2 * SvTheme.spacing * 2
            clip: true
            ScrollIndicator.vertical: ScrollIndicator {}

            ColumnLayout {
                id: form
                width: Math.min(480, parent.width - 64)
                x: (parent.width - width) / 2
                y: Math.max(SvTheme.spacing * 2, (page.height - (page.wide ? 0 : brand.height) - implicitHeight) / 2)
                spacing: SvTheme.spacing

                Label {
                    text: qsTr("Log in")
                    font.pixelSize: SvTheme.fontHero
                    font.bold: true
                    color: SvTheme.text
                }
                SvField {
                    Layout.fillWidth: true
                    label: qsTr("Server address")
                    value: page.serverText
                    placeholder: "https://192.168.1.10:8443"
                    inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
                    onEdited: text => page.serverText = text
                }
                SvField {
                    Layout.fillWidth: true
                    label: qsTr("Certificate fingerprint (SHA-256)")
                    value: page.fingerprintText
                    placeholder: qsTr("64 hex digits, as printed by the server")
                    inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
                    onEdited: text => page.fingerprintText = text
                }
                RowLayout {
                    Layout.fillWidth: true
                    Layout.topMargin: -SvTheme.smallSpacing
                    spacing: SvTheme.smallSpacing
                    SvIcon {
                        Layout.alignment: Qt.AlignTop
                        name: page.pinned.length > 0 ? "lock" : "warning"
                        color: page.pinned.length > 0 ? SvTheme.ok : SvTheme.secondaryText
                        implicitWidth: 18
                        implicitHeight: 18
                    }
                    Label {
                        objectName: "pinState"
                        Layout.fillWidth: true
                        text: page.pinned.length > 0
                              ? qsTr("Pinned: only a server with this certificate is trusted.") + "\n" + page.pinned
                              : qsTr("Not pinned yet: enter the fingerprint the office gave you.")
                        color: page.pinned.length > 0 ? SvTheme.ok : SvTheme.secondaryText
                        font.pixelSize: 12
                        font.family: page.pinned.length > 0 ? "monospace" : font.family
                        wrapMode: Text.WrapAnywhere
                    }
                }
                SvField {
                    Layout.fillWidth: true
                    label: qsTr("Username")
                    value: page.userText
                    inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
                    onEdited: text => page.userText = text
                }
                SvField {
                    id: passwordField
                    Layout.fillWidth: true
                    label: qsTr("Password")
                    echoMode: TextInput.Password
                    onAccepted: page.login()
                }
                Rectangle {
                    Layout.fillWidth: true
                    visible: Session.errorText.length > 0
                    implicitHeight: errorLabel.implicitHeight + 24
                    radius: SvTheme.radius
                    color: Qt.rgba(0.78, 0.16, 0.16, 0.08)
                    border.color: Qt.rgba(0.78, 0.16, 0.16, 0.4)
                    Label {
                        id: errorLabel
                        objectName: "loginError"
                        anchors.fill: parent
                        anchors.margins: 12
                        text: Session.errorText
                        color: SvTheme.error
                        wrapMode: Text.Wrap
                        verticalAlignment: Text.AlignVCenter
                    }
                }
                Button {
                    Layout.fillWidth: true
                    Layout.preferredHeight: 56
                    text: Session.busy ? qsTr("Logging in…") : qsTr("Log in")
                    enabled: !Session.busy
                    highlighted: true
                    Material.accent: SvTheme.primary
                    font.pixelSize: SvTheme.fontBody
                    onClicked: page.login()
                }
                Button {
                    Layout.fillWidth: true
                    Layout.preferredHeight: SvTheme.touch
                    visible: Session.projects.count > 0
                    flat: true
                    font.capitalization: Font.MixedCase
                    text: qsTr("Work offline with the %n project(s) on this tablet", "", Session.projects.count)
                    onClicked: page.offlineChosen()
                }
            }
        }
    }
}
