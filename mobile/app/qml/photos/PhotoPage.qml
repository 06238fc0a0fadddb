// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Dialogs
import QtQuick.Layouts
import QtMultimedia
import Survey

// A household's photos: take one with the camera (or import a file where the tablet has
// none), choose its category first, and see the gallery with what is not uploaded yet.
Page {
    id: page

    property string householdId
    property alias taker: taker
    property alias gallery: gallery
    property alias viewer: viewer
    readonly property bool wide: width >= SvTheme.wideWidth
    readonly property bool hasCamera: devices.videoInputs.length > 0

    Component.onCompleted: Session.position.start()

    background: Rectangle {
        color: SvTheme.background
    }

    header: SvPageHeader {
        title: qsTr("Photos")
        subtitle: qsTr("%n photo(s)", "", gallery.count)
                  + (gallery.pendingUploads > 0 ? " · " + qsTr("%1 not uploaded").arg(gallery.pendingUploads) : "")
        onBackClicked: page.StackView.view.pop()

        // What the next photo will be stamped with: a fix only when this badge is green.
        SvPositionBadge {
            verdict: Session.position.verdict
            accuracyText: Session.position.accuracyText
            ageText: Session.position.ageText
            replaying: Session.position.replaying
        }
    }

    MediaDevices {
        id: devices
    }
    CaptureSession {
        camera: Camera {
            active: page.hasCamera && page.visible
        }
        imageCapture: ImageCapture {
            id: imageCapture
            onImageSaved: (requestId, path) => taker.addCapturedFile(path)
        }
        videoOutput: viewfinder
    }
    PhotoTaker {
        id: taker
        session: Session
        householdId: page.householdId
        category: categoryField.code
    }
    PhotoListModel {
        id: gallery
        session: Session
        householdId: page.householdId
    }
    FileDialog {
        id: fileDialog
        title: qsTr("Import a photo")
        nameFilters: [qsTr("Images (*.jpg *.jpeg *.png)")]
        onAccepted: taker.importFile(selectedFile)
    }

    GridLayout {
        anchors.fill: parent
        anchors.margins: SvTheme.spacing
        columns: page.wide ? 2 : 1
        columnSpacing: SvTheme.spacing
        rowSpacing: SvTheme.spacing

        SvSection {
            Layout.preferredWidth: page.wide ? parent.width * 0.42 : parent.width
            Layout.fillHeight: page.wide
            Layout.alignment: Qt.AlignTop
            title: qsTr("New photo")

            Rectangle {
                Layout.fillWidth: true
                Layout.preferredHeight: page.wide ? 320 : 220
                color: "#20252B"
                radius: SvTheme.radius
                VideoOutput {
                    id: viewfinder
                    anchors.fill: parent
                    visible: page.hasCamera
                    fillMode: VideoOutput.PreserveAspectCrop
                }
                Label {
                    anchors.centerIn: parent
                    width: parent.width - 32
                    visible: !page.hasCamera
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.Wrap
                    color: "white"
                    text: qsTr("No camera on this device: import photos from files.")
                }
            }
            SvComboField {
                id: categoryField
                Layout.fillWidth: true
                label: qsTr("Category")
                table: "photoCategory"
                code: "facade"
                onChosen: value => code = value
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Each photo is stamped with the time, the position and the household code.")
                color: SvTheme.secondaryText
                font.pixelSize: SvTheme.fontSmall
                wrapMode: Text.Wrap
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: SvTheme.smallSpacing
                Button {
                    objectName: "capture"
                    Layout.fillWidth: true
                    Layout.preferredHeight: SvTheme.touch + 8
                    visible: page.hasCamera
                    enabled: imageCapture.readyForCapture
                    highlighted: true
                    Material.accent: SvTheme.primary
                    text: qsTr("Take photo")
                    onClicked: imageCapture.captureToFile("")
                }
                Button {
                    objectName: "import"
                    Layout.fillWidth: true
                    Layout.preferredHeight: SvTheme.touch + 8
                    highlighted: !page.hasCamera
                    Material.accent: SvTheme.primary
                    text: qsTr("Import from file")
                    onClicked: fileDialog.open()
                }
            }
            SvBanner {
                Layout.fillWidth: true
                text: taker.errorText
                isError: true
            }
        }

        GridView {
            id: grid
            objectName: "gallery"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: gallery
            cellWidth: Math.max(200, Math.floor(width / Math.max(1, Math.floor(width / 240))))
            cellHeight: cellWidth * 0.9
            ScrollIndicator.vertical: ScrollIndicator {}
            delegate: SvPhotoTile {
                required property int index
                width: grid.cellWidth - SvTheme.smallSpacing
                height: grid.cellHeight - SvTheme.smallSpacing
                onClicked: viewer.show(index)
            }
            Label {
                anchors.centerIn: parent
                visible: grid.count === 0
                text: qsTr("No photo of this household yet.")
                color: SvTheme.secondaryText
            }
        }
    }

    SvPhotoViewer {
        id: viewer
        model: gallery
    }
}
