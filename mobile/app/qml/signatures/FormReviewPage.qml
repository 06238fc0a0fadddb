// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Survey

// 调查结果确认: the household reads its registration form, painted by the same code as the
// PDF the office will issue, checks the content digest, and signs, or the team records a
// refusal with a witness.
Page {
    id: page

    readonly property bool wide: width >= SvTheme.wideWidth
    property alias householdId: review.householdId
    property alias review: review
    property alias recorder: recorder
    property alias refusalDialog: refusal

    signal signRequested(string householdId, string role, string signerName)

    background: Rectangle {
        color: SvTheme.background
    }

    FormReview {
        id: review
        session: Session
    }
    SignatureRecorder {
        id: recorder
        session: Session
        householdId: review.householdId
    }
    CodeListModel {
        id: statuses
        table: "status"
    }

    header: SvPageHeader {
        title: qsTr("Confirm survey results")
        subtitle: review.householdCode + " · " + review.headName
        onBackClicked: page.StackView.view.pop()
    }

    GridLayout {
        anchors.fill: parent
        columns: page.wide ? 2 : 1
        columnSpacing: 0
        rowSpacing: 0

        ListView {
            id: pages
            objectName: "formPages"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: SvTheme.spacing
            topMargin: SvTheme.spacing
            bottomMargin: SvTheme.spacing
            model: review.pageSources
            ScrollBar.vertical: ScrollBar {}
            delegate: Image {
                required property string modelData
                x: SvTheme.spacing
                width: pages.width - 2 * SvTheme.spacing
                height: implicitWidth > 0 ? width * implicitHeight / implicitWidth : 0
                fillMode: Image.PreserveAspectFit
                source: modelData
                smooth: true
                mipmap: true
            }
        }

        Pane {
            Layout.fillWidth: !page.wide
            Layout.preferredWidth: page.wide ? 400 : -1
            Layout.fillHeight: page.wide
            Layout.preferredHeight: page.wide ? -1 : Math.min(page.height * 0.45, 420)
            Material.background: SvTheme.surface
            Material.elevation: 2
            padding: SvTheme.spacing

            Flickable {
                anchors.fill: parent
                contentHeight: panel.implicitHeight
                clip: true
                ScrollIndicator.vertical: ScrollIndicator {}

                ColumnLayout {
                    id: panel
                    width: parent.width
                    spacing: SvTheme.smallSpacing

                    RowLayout {
                        Layout.fillWidth: true
                        Label {
                            Layout.fillWidth: true
                            text: qsTr("Content digest")
                            font.pixelSize: SvTheme.fontSmall
                            color: SvTheme.secondaryText
                        }
                        SvBadge {
                            text: statuses.labelFor(review.status)
                            tint: review.status === "signed" ? SvTheme.ok : SvTheme.pending
                        }
                    }
                    Label {
                        objectName: "shortHash"
                        text: review.shortHash
                        font.family: "monospace"
                        font.pixelSize: SvTheme.fontTitle
                        font.bold: true
                    }
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("The same digits begin the digest in the footer of every page. A signature confirms exactly this content; any later change voids it.")
                        color: SvTheme.secondaryText
                        font.pixelSize: SvTheme.fontSmall
                        wrapMode: Text.Wrap
                    }
                    SvSection {
                        Layout.fillWidth: true
                        title: qsTr("Signatures")
                        SvSignatureList {
                            Layout.fillWidth: true
                            signatures: review.signatures
                        }
                    }
                    Button {
                        objectName: "signHead"
                        Layout.fillWidth: true
                        Layout.preferredHeight: SvTheme.touch + 8
                        highlighted: true
                        Material.accent: SvTheme.primary
                        text: review.headSigned ? qsTr("Head has signed; sign again") : qsTr("Head of household signs")
                        onClicked: page.signRequested(review.householdId, "head", review.headName)
                    }
                    Button {
                        Layout.fillWidth: true
                        Layout.preferredHeight: SvTheme.touch
                        text: qsTr("Another person signs")
                        onClicked: page.signRequested(review.householdId, "member", "")
                    }
                    Button {
                        objectName: "refuse"
                        Layout.fillWidth: true
                        Layout.preferredHeight: SvTheme.touch
                        flat: true
                        Material.foreground: SvTheme.error
                        text: qsTr("Refused / not reachable…")
                        onClicked: refusal.open()
                    }
                }
            }
        }
    }

    SvRefusalDialog {
        id: refusal
        parent: Overlay.overlay
        recorder: recorder
    }
}
