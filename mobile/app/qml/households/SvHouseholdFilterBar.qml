// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Survey

// Search and filters of the household list: text, status, street and "not synced".
// Each control fills a touch-sized cell and wraps onto a second row in portrait.
Pane {
    id: bar

    property alias searchText: searchField.text
    property string status
    property string street
    property alias unsyncedOnly: unsyncedSwitch.checked
    property var streets: []

    padding: SvTheme.smallSpacing
    Material.background: SvTheme.surface
    Material.elevation: 1

    Flow {
        width: parent.width
        spacing: SvTheme.smallSpacing

        TextField {
            id: searchField
            objectName: "search"
            width: Math.min(bar.availableWidth, 420)
            height: SvTheme.touch
            leftPadding: 44
            placeholderText: qsTr("Search code, head of household or address")
            selectByMouse: true
            inputMethodHints: Qt.ImhNoPredictiveText

            SvIcon {
                anchors.left: parent.left
                anchors.leftMargin: 10
                anchors.verticalCenter: parent.verticalCenter
                name: "search"
                color: SvTheme.secondaryText
            }
        }

        ComboBox {
            objectName: "statusFilter"
            width: Math.min(bar.availableWidth, 200)
            height: SvTheme.touch
            model: CodeListModel {
                table: "status"
                anyLabel: qsTr("All statuses")
            }
            textRole: "label"
            valueRole: "code"
            onActivated: bar.status = currentValue
        }

        ComboBox {
            objectName: "streetFilter"
            width: Math.min(bar.availableWidth, 220)
            height: SvTheme.touch
            model: [qsTr("All streets")].concat(bar.streets)
            onActivated: index => bar.street = index === 0 ? "" : bar.streets[index - 1]
        }

        Switch {
            id: unsyncedSwitch
            objectName: "unsyncedOnly"
            height: SvTheme.touch
            text: qsTr("Not synced only")
        }
    }
}
