// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls

// One photo filling the viewer, fitted to the screen; pinch or double-tap to zoom in on a
// stamp or a crack, drag to look around, double-tap again to fit.
Flickable {
    id: view

    property url photoSource
    property real zoom: 1
    readonly property bool zoomed: zoom > 1.01
    readonly property real maxZoom: 5

    // Zooms to `factor` keeping the photo point under (x, y) of the view where it is.
    function zoomAt(factor, x, y) {
        const next = Math.max(1, Math.min(maxZoom, factor));
        const cx = (contentX + x) / zoom * next - x;
        const cy = (contentY + y) / zoom * next - y;
        zoom = next;
        contentX = Math.max(0, Math.min(cx, contentWidth - width));
        contentY = Math.max(0, Math.min(cy, contentHeight - height));
    }
    function fit() {
        zoom = 1;
        contentX = 0;
        contentY = 0;
    }

    clip: true
    contentWidth: width * zoom
    contentHeight: height * zoom
    // Unzoomed, horizontal swipes belong to the viewer (next / previous photo).
    interactive: zoomed
    boundsBehavior: Flickable.StopAtBounds

    Image {
        id: image
        objectName: "photo"
        width: view.contentWidth
        height: view.contentHeight
        source: view.photoSource
        fillMode: Image.PreserveAspectFit
        asynchronous: true
        // Sharp at full zoom on a tablet screen, without decoding a 12-megapixel original.
        sourceSize.width: 3000
        smooth: true

        TapHandler {
            onDoubleTapped: (point, button) => {
                if (view.zoomed)
                    view.fit();
                else
                    view.zoomAt(2.5, point.position.x - view.contentX, point.position.y - view.contentY);
            }
        }
    }

    PinchArea {
        width: view.contentWidth
        height: view.contentHeight
        property real startZoom: 1
        onPinchStarted: startZoom = view.zoom
        onPinchUpdated: pinch => view.zoomAt(startZoom * pinch.scale, pinch.center.x - view.contentX,
                                             pinch.center.y - view.contentY)
    }

    BusyIndicator {
        // In the viewport, not the zoomed content (a Flickable adopts its children).
        parent: view
        anchors.centerIn: parent
        running: image.status === Image.Loading
        visible: running // no fade-out over a photo that is already there
    }
}
