// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Survey

// One household's record: head (户主), location (坐落, 门牌号), tenure (权属) and uses.
// Saves to the tablet; the outbox syncs it later.
Page {
    id: page

    readonly property bool wide: width >= SvTheme.wideWidth
    property alias householdId: editor.householdId
    property alias editor: editor
    property alias memberSection: memberSection
    property alias itemSection: itemSection

    signal measureRequested(string householdId)
    signal reviewRequested(string householdId)
    signal photosRequested(string householdId)

    // Brings a section of the form into view (the screenshot hook and tests use it).
    function scrollTo(section) {
        scroller.contentY = Math.max(0, Math.min(section.y, scroller.contentHeight - scroller.height));
    }

    function close() {
        if (editor.dirty)
            discardDialog.open();
        else
            StackView.view.pop();
    }

    background: Rectangle {
        color: SvTheme.background
    }

    // The entrance position is recorded here, so the receiver starts with this page.
    Component.onCompleted: Session.position.start()

    HouseholdEditor {
        id: editor
        session: Session
    }

    CodeListModel {
        id: statuses
        table: "status"
    }

    header: SvPageHeader {
        title: editor.isNew ? qsTr("New household") : qsTr("Household %1").arg(editor.code)
        subtitle: statuses.labelFor(editor.status) + (editor.dirty ? " · " + qsTr("unsaved changes") : "")
        onBackClicked: page.close()

        SvPositionBadge {
            objectName: "positionBadge"
            verdict: Session.position.verdict
            accuracyText: Session.position.accuracyText
            ageText: Session.position.ageText
            replaying: Session.position.replaying
        }
        SvHeaderButton {
            objectName: "save"
            text: qsTr("Save")
            enabled: editor.dirty
            onClicked: editor.save()
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        SvBanner {
            Layout.fillWidth: true
            text: editor.saveError
        }
        SvBanner {
            objectName: "reviewComment"
            Layout.fillWidth: true
            text: editor.status === "returned"
                  ? qsTr("Returned by the reviewer: %1").arg(editor.reviewComment || qsTr("no comment"))
                  : ""
        }

        Flickable {
            id: scroller
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentHeight: grid.implicitHeight + 2 * SvTheme.spacing
            clip: true
            ScrollIndicator.vertical: ScrollIndicator {}

            GridLayout {
                id: grid
                x: SvTheme.spacing
                y: SvTheme.spacing
                width: parent.width - 2 * SvTheme.spacing
                columns: page.wide ? 2 : 1
                columnSpacing: SvTheme.spacing
                rowSpacing: SvTheme.spacing

                SvSyncProblemSection {
                    objectName: "syncProblems"
                    Layout.fillWidth: true
                    Layout.columnSpan: grid.columns
                    householdId: editor.householdId
                }

                SvSection {
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                    title: qsTr("Head of household")

                    SvField {
                        objectName: "headName"
                        Layout.fillWidth: true
                        label: qsTr("Name")
                        value: editor.headName
                        onEdited: text => editor.headName = text
                    }
                    SvField {
                        objectName: "headIdNumber"
                        Layout.fillWidth: true
                        label: qsTr("ID number")
                        value: editor.headIdNumber
                        error: editor.idNumberError
                        hint: qsTr("18 characters; the last may be X")
                        inputMethodHints: Qt.ImhPreferNumbers | Qt.ImhNoPredictiveText
                        onEdited: text => editor.headIdNumber = text
                    }
                    SvField {
                        Layout.fillWidth: true
                        label: qsTr("Phone")
                        value: editor.headPhone
                        inputMethodHints: Qt.ImhDialableCharactersOnly
                        onEdited: text => editor.headPhone = text
                    }
                }

                SvSection {
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                    title: qsTr("Location")

                    SvField {
                        objectName: "code"
                        Layout.fillWidth: true
                        label: qsTr("Household code")
                        required: true
                        value: editor.code
                        error: editor.codeError
                        onEdited: text => editor.code = text
                    }
                    SvField {
                        Layout.fillWidth: true
                        label: qsTr("Address")
                        value: editor.address
                        placeholder: qsTr("Street, number")
                        onEdited: text => editor.address = text
                    }
                    SvField {
                        Layout.fillWidth: true
                        label: qsTr("Door number")
                        value: editor.doorNo
                        placeholder: qsTr("Building-unit-room, e.g. 3-2-301")
                        onEdited: text => editor.doorNo = text
                    }
                    SvPositionField {
                        objectName: "position"
                        Layout.fillWidth: true
                        recordedText: editor.positionText
                        errorText: editor.positionError
                        hint: Session.position.verdict === PositionStatus.Accepted ? "" : Session.position.message
                        onRecordClicked: editor.recordPosition()
                    }
                }

                SvSection {
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                    title: qsTr("Tenure and use")

                    SvComboField {
                        Layout.fillWidth: true
                        label: qsTr("Tenure")
                        table: "tenure"
                        code: editor.tenure
                        onChosen: code => editor.tenure = code
                    }
                    SvComboField {
                        Layout.fillWidth: true
                        label: qsTr("Approved use")
                        table: "use"
                        code: editor.approvedUse
                        onChosen: code => editor.approvedUse = code
                    }
                    SvComboField {
                        Layout.fillWidth: true
                        label: qsTr("Actual use")
                        table: "use"
                        code: editor.actualUse
                        onChosen: code => editor.actualUse = code
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: editor.approvedUse.length > 0 && editor.actualUse.length > 0
                                 && editor.approvedUse !== editor.actualUse
                        text: qsTr("Approved and actual use differ: both are recorded; photograph the actual use.")
                        color: SvTheme.pending
                        font.pixelSize: SvTheme.fontSmall
                        wrapMode: Text.Wrap
                    }
                }

                SvSection {
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                    title: qsTr("Buildings and notes")

                    Button {
                        Layout.fillWidth: true
                        Layout.preferredHeight: SvTheme.touch + 8
                        enabled: !editor.isNew
                        highlighted: true
                        Material.accent: SvTheme.primary
                        text: qsTr("Building and measurement")
                        onClicked: page.measureRequested(editor.householdId)
                    }
                    Button {
                        objectName: "photos"
                        Layout.fillWidth: true
                        Layout.preferredHeight: SvTheme.touch + 8
                        enabled: !editor.isNew
                        text: qsTr("Photos")
                        onClicked: page.photosRequested(editor.householdId)
                    }
                    Button {
                        objectName: "review"
                        Layout.fillWidth: true
                        Layout.preferredHeight: SvTheme.touch + 8
                        enabled: !editor.isNew && !editor.dirty
                        text: qsTr("Read and sign the form")
                        onClicked: page.reviewRequested(editor.householdId)
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: editor.isNew
                        text: qsTr("Save the household first, then measure its building.")
                        color: SvTheme.secondaryText
                        font.pixelSize: SvTheme.fontSmall
                        wrapMode: Text.Wrap
                    }
                    Label {
                        text: qsTr("Notes")
                        font.pixelSize: SvTheme.fontSmall
                        color: SvTheme.secondaryText
                    }
                    TextArea {
                        Layout.fillWidth: true
                        Layout.minimumHeight: 96
                        text: editor.notes
                        wrapMode: TextEdit.Wrap
                        placeholderText: qsTr("Anything the office should know")
                        onTextChanged: if (activeFocus) editor.notes = text
                    }
                }

                SvMemberSection {
                    id: memberSection
                    objectName: "members"
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                    Layout.columnSpan: page.wide ? 2 : 1
                    householdId: editor.isNew ? "" : editor.householdId
                }

                SvItemSection {
                    id: itemSection
                    objectName: "items"
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                    Layout.columnSpan: page.wide ? 2 : 1
                    householdId: editor.isNew ? "" : editor.householdId
                }
            }
        }
    }

    Dialog {
        id: discardDialog
        anchors.centerIn: Overlay.overlay
        modal: true
        width: Math.min(page.width - 64, 480)
        title: qsTr("Unsaved changes")
        standardButtons: Dialog.Save | Dialog.Discard | Dialog.Cancel
        Label {
            width: discardDialog.availableWidth
            text: qsTr("Save the changes to this household?")
            wrapMode: Text.Wrap
        }
        onAccepted: if (editor.save()) page.StackView.view.pop()
        onDiscarded: {
            close();
            page.StackView.view.pop();
        }
    }
}
