// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QPointF>
#include <QVariantList>
#include <array>
#include <cstdint>
#include <span>

// Geometry checks and display helpers for a polygon part's outline (多边形轮廓). The area
// itself is never computed here: computePartArea in shared/ does that, as on the server.
namespace survey::app {

using VertexMm = std::array<std::int64_t, 2>;

/// Whether two edges of the closed outline that do not share a vertex touch or cross. The
/// shoelace sum of such an outline is not its floor area (an "8" cancels itself), so the
/// tablet refuses it; it is almost always two vertices typed in the wrong order.
bool outlineCrossesItself(std::span<const VertexMm> vertices);

/// The outline scaled into the unit square with its aspect ratio kept and centred, y up
/// (as on a floor plan), as QPointF values for drawing a preview; empty below 2 vertices.
QVariantList outlinePreview(std::span<const VertexMm> vertices);

} // namespace survey::app
