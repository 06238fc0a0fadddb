// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Survey

// A household's photos full screen, one at a time: swipe or the side buttons for the next
// and previous, with what makes the photo evidence under it (category, subject, time,
// position and its accuracy). The close button is a large target in the top corner.
Popup {
    id: viewer

    property alias model: pages.model
    readonly property alias currentIndex: pages.currentIndex
    readonly property Item current: pages.currentItem

    function show(index) {
        pages.currentIndex = index;
        pages.positionViewAtIndex(index, ListView.Beginning);
        open();
    }
    function next() {
        if (pages.currentIndex < pages.count - 1)
            pages.incrementCurrentIndex();
    }
    function previous() {
        if (pages.currentIndex > 0)
            pages.decrementCurrentIndex();
    }

    parent: Overlay.overlay
    x: 0
    y: 0
    width: parent ? parent.width : 0
    height: parent ? parent.height : 0
    modal: true
    margins: 0
    padding: 0
    closePolicy: Popup.CloseOnEscape
    background: null
    // Opens and closes at once: the photo is what the surveyor asked for, and the dialogs'
    // zoom-in would show the page through a half-drawn photo.
    enter: null
    exit: null

    contentItem: Rectangle {
        color: "#101316"
        focus: true
        Keys.onLeftPressed: viewer.previous()
        Keys.onRightPressed: viewer.next()

        ListView {
            id: pages
            objectName: "photoPages"
            // Between the bars, never under them: the stamp band at the photo's foot is
            // the evidence and must stay readable.
            anchors.top: topBar.bottom
            anchors.bottom: factsBand.top
            anchors.left: parent.left
            anchors.right: parent.right
            orientation: ListView.Horizontal
            snapMode: ListView.SnapOneItem
            highlightRangeMode: ListView.StrictlyEnforceRange
            highlightMoveDuration: 200
            boundsBehavior: Flickable.StopAtBounds
            interactive: !(currentItem && currentItem.zoomed)
            clip: true
            delegate: SvZoomablePhoto {
                required property url source
                required property string categoryLabel
                required property string subjectLabel
                required property string takenAtFull
                required property string coordinates
                required property string accuracyText

                photoSource: source
                width: pages.width
                height: pages.height
                ListView.onIsCurrentItemChanged: if (!ListView.isCurrentItem) fit()
            }
        }

        Rectangle {
            id: topBar
            anchors.left: parent.left
            anchors.right: parent.right
            height: 64
            color: "black"
            RowLayout {
                anchors.fill: parent
                anchors.leftMargin: SvTheme.spacing
                spacing: SvTheme.spacing
                Label {
                    objectName: "photoCounter"
                    text: qsTr("%1 / %2").arg(pages.currentIndex + 1).arg(pages.count)
                    color: "white"
                    font.pixelSize: SvTheme.fontTitle
                }
                Label {
                    Layout.fillWidth: true
                    text: viewer.current ? viewer.current.categoryLabel : ""
                    color: "white"
                    font.pixelSize: SvTheme.fontTitle
                    font.bold: true
                    elide: Text.ElideRight
                }
                SvViewerButton {
                    objectName: "closeViewer"
                    Layout.preferredWidth: 64
                    Layout.preferredHeight: 64
                    glyph: "×"
                    tip: qsTr("Close")
                    onClicked: viewer.close()
                }
            }
        }

        SvViewerButton {
            objectName: "previousPhoto"
            anchors.left: parent.left
            anchors.leftMargin: SvTheme.smallSpacing
            anchors.verticalCenter: parent.verticalCenter
            width: 64
            height: 96
            visible: pages.currentIndex > 0
            glyph: "‹"
            tip: qsTr("Previous photo")
            backdrop: true
            onClicked: viewer.previous()
        }
        SvViewerButton {
            objectName: "nextPhoto"
            anchors.right: parent.right
            anchors.rightMargin: SvTheme.smallSpacing
            anchors.verticalCenter: parent.verticalCenter
            width: 64
            height: 96
            visible: pages.currentIndex < pages.count - 1
            glyph: "›"
            tip: qsTr("Next photo")
            backdrop: true
            onClicked: viewer.next()
        }

        Rectangle {
            id: factsBand
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            height: facts.implicitHeight + 2 * SvTheme.spacing
            color: "black"
            GridLayout {
                id: facts
                objectName: "photoFacts"
                anchors.fill: parent
                anchors.margins: SvTheme.spacing
                columns: viewer.width >= SvTheme.wideWidth ? 4 : 2
                columnSpacing: SvTheme.spacing
                rowSpacing: 4

                Repeater {
                    model: viewer.current ? [
                        { name: "subject", label: qsTr("Subject"), value: viewer.current.subjectLabel },
                        { name: "time", label: qsTr("Taken"), value: viewer.current.takenAtFull },
                        { name: "position", label: qsTr("Position"),
                          value: viewer.current.coordinates || qsTr("No position recorded") },
                        { name: "accuracy", label: qsTr("Accuracy"), value: viewer.current.accuracyText || "—" }
                    ] : []
                    delegate: ColumnLayout {
                        required property var modelData
                        Layout.fillWidth: true
                        spacing: 0
                        Label {
                            text: modelData.label
                            color: "#B0BEC5"
                            font.pixelSize: SvTheme.fontSmall
                        }
                        Label {
                            objectName: "fact_" + modelData.name
                            Layout.fillWidth: true
                            text: modelData.value
                            color: "white"
                            elide: Text.ElideRight
                        }
                    }
                }
            }
        }
    }
}
