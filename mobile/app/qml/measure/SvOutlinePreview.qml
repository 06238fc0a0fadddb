// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import Survey

// A small drawing of the outline typed so far, corners numbered as in the rows, so that a
// corner typed in the wrong order shows at a glance. Display only: the points come from
// PartEditor.outline, already scaled into the unit square, y up.
Canvas {
    id: preview

    property var points: []
    /// Closed and in the normal colour when the outline is valid.
    property bool closed: false

    readonly property real margin: 18

    implicitWidth: 220
    implicitHeight: 220
    onPointsChanged: requestPaint()
    onClosedChanged: requestPaint()
    onWidthChanged: requestPaint()
    onHeightChanged: requestPaint()

    onPaint: {
        const ctx = getContext("2d");
        ctx.reset();
        ctx.fillStyle = SvTheme.surface;
        ctx.fillRect(0, 0, width, height);
        ctx.strokeStyle = SvTheme.divider;
        ctx.lineWidth = 1;
        ctx.strokeRect(0.5, 0.5, width - 1, height - 1);
        if (points.length < 2)
            return;
        const side = Math.min(width, height) - 2 * margin;
        const x0 = (width - side) / 2, y0 = (height - side) / 2;
        const at = p => ({ x: x0 + p.x * side, y: y0 + p.y * side });
        ctx.beginPath();
        const first = at(points[0]);
        ctx.moveTo(first.x, first.y);
        for (let i = 1; i < points.length; ++i) {
            const q = at(points[i]);
            ctx.lineTo(q.x, q.y);
        }
        if (closed) {
            ctx.closePath();
            ctx.fillStyle = "#DCE8F6";
            ctx.fill();
        }
        ctx.strokeStyle = closed ? SvTheme.primary : SvTheme.pending;
        ctx.lineWidth = 2;
        ctx.stroke();
        ctx.fillStyle = SvTheme.text;
        ctx.font = "12px sans-serif";
        for (let j = 0; j < points.length; ++j) {
            const c = at(points[j]);
            ctx.beginPath();
            ctx.arc(c.x, c.y, 3, 0, 2 * Math.PI);
            ctx.fill();
            ctx.fillText(String(j + 1), c.x + 4, c.y - 4);
        }
    }
}
