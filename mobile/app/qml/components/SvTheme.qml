// SPDX-License-Identifier: Apache-2.0
pragma Singleton
import QtQuick

// Colours and sizes shared by all screens, so that touch targets stay at least 48 px and
// the status colours mean the same everywhere.
QtObject {
    readonly property color primary: "#1E5AA8"
    readonly property color primaryDark: "#143F78"
    readonly property color accent: "#E8710A"
    readonly property color background: "#F3F5F8"
    readonly property color surface: "#FFFFFF"
    readonly property color text: "#1F2329"
    readonly property color secondaryText: "#5F6B7A"
    readonly property color divider: "#DDE2E8"
    readonly property color error: "#C62828"
    readonly property color pending: "#E8710A"
    readonly property color ok: "#2E7D32"
    readonly property color caution: "#F9A825" // amber; needs dark text to stay readable

    readonly property int touch: 48
    readonly property int spacing: 16
    readonly property int smallSpacing: 8
    readonly property int radius: 8
    readonly property int fontSmall: 13
    readonly property int fontBody: 16
    readonly property int fontTitle: 20
    readonly property int fontHero: 28
    /// Above this width a page uses its landscape (two-column) layout.
    readonly property int wideWidth: 960
}
