// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Survey

// The household's building (幢) and its measured parts (测量部位). The measured area is
// the sum of the parts' rounded areas; the certificate area stays as typed, and the two
// are compared by the project's tolerance.
Page {
    id: page

    readonly property bool wide: width >= SvTheme.wideWidth
    property alias householdId: building.householdId

    function editPart(partId) {
        partDialog.openPart(partId);
    }
    function addPart() {
        if (building.ensureSaved())
            partDialog.openNew(building.buildingId, parts.lastFloor);
    }

    background: Rectangle {
        color: SvTheme.background
    }

    BuildingEditor {
        id: building
        session: Session
    }

    PartListModel {
        id: parts
        session: Session
        buildingId: building.buildingId
    }

    header: SvPageHeader {
        title: qsTr("Building %1").arg(building.noText)
        subtitle: qsTr("Household %1").arg(building.householdCode) + (building.dirty ? " · " + qsTr("unsaved changes") : "")
        // Building fields are few and always valid to keep: save on leaving rather than ask.
        onBackClicked: {
            if (!building.dirty || building.save())
                page.StackView.view.pop();
        }

        SvHeaderButton {
            text: qsTr("Save")
            enabled: building.dirty
            onClicked: building.save()
        }
    }

    GridLayout {
        anchors.fill: parent
        anchors.margins: SvTheme.spacing
        columns: page.wide ? 2 : 1
        columnSpacing: SvTheme.spacing
        rowSpacing: SvTheme.spacing

        SvBuildingForm {
            Layout.preferredWidth: page.wide ? 420 : -1
            Layout.fillWidth: !page.wide
            Layout.fillHeight: page.wide
            Layout.alignment: Qt.AlignTop
            editor: building
            compact: !page.wide
        }

        Pane {
            Layout.fillWidth: true
            Layout.fillHeight: true
            padding: 0
            Material.elevation: 1
            Material.background: SvTheme.surface

            ColumnLayout {
                anchors.fill: parent
                spacing: 0

                RowLayout {
                    Layout.fillWidth: true
                    Layout.margins: SvTheme.spacing
                    spacing: SvTheme.spacing
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 0
                        Label {
                            Layout.fillWidth: true
                            text: qsTr("Measured parts")
                            font.pixelSize: SvTheme.fontBody
                            font.bold: true
                            color: SvTheme.primaryDark
                        }
                        Label {
                            objectName: "total"
                            Layout.fillWidth: true
                            text: qsTr("%n part(s), total %1 m²", "", parts.count).arg(parts.totalText)
                            color: SvTheme.secondaryText
                        }
                    }
                    Button {
                        objectName: "addPart"
                        Layout.preferredHeight: SvTheme.touch
                        highlighted: true
                        Material.accent: SvTheme.accent
                        text: qsTr("Add part")
                        onClicked: page.addPart()
                    }
                }
                Rectangle {
                    Layout.fillWidth: true
                    implicitHeight: 1
                    color: SvTheme.divider
                }
                ListView {
                    id: partList
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    model: parts
                    ScrollIndicator.vertical: ScrollIndicator {}

                    section.property: "floor"
                    section.delegate: Rectangle {
                        required property int section
                        width: ListView.view.width
                        height: 32
                        color: SvTheme.background
                        Label {
                            anchors.verticalCenter: parent.verticalCenter
                            x: SvTheme.spacing
                            text: section > 0 ? qsTr("Floor %1").arg(section) : qsTr("Basement %1").arg(-section)
                            color: SvTheme.secondaryText
                            font.pixelSize: SvTheme.fontSmall
                            font.bold: true
                        }
                    }
                    delegate: SvPartRow {
                        width: ListView.view.width
                        onClicked: page.editPart(partId)
                    }

                    Label {
                        anchors.centerIn: parent
                        width: parent.width - 64
                        visible: partList.count === 0
                        horizontalAlignment: Text.AlignHCenter
                        wrapMode: Text.Wrap
                        color: SvTheme.secondaryText
                        text: qsTr("No part measured yet. Add rooms, balconies and other parts floor by floor.")
                    }
                }
            }
        }
    }

    SvPartDialog {
        id: partDialog
    }
}
