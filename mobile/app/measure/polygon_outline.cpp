// SPDX-License-Identifier: Apache-2.0
#include "measure/polygon_outline.h"

#include <algorithm>

namespace survey::app {

namespace {

// Sign of the cross product (b − a) × (c − a). Coordinates are at most ±1 km in mm, so the
// products stay below 10^13, far inside int64: no rounding can hide a touch.
int turn(const VertexMm& a, const VertexMm& b, const VertexMm& c) {
    const std::int64_t cross = (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);
    return (cross > 0) - (cross < 0);
}

// c lies within the bounding box of a–b (used once a, b, c are known to be collinear).
bool within(const VertexMm& a, const VertexMm& b, const VertexMm& c) {
    return std::min(a[0], b[0]) <= c[0] && c[0] <= std::max(a[0], b[0]) &&
           std::min(a[1], b[1]) <= c[1] && c[1] <= std::max(a[1], b[1]);
}

bool segmentsMeet(const VertexMm& p1, const VertexMm& p2, const VertexMm& q1, const VertexMm& q2) {
    const int d1 = turn(q1, q2, p1), d2 = turn(q1, q2, p2);
    const int d3 = turn(p1, p2, q1), d4 = turn(p1, p2, q2);
    if (d1 * d2 < 0 && d3 * d4 < 0)
        return true;
    return (d1 == 0 && within(q1, q2, p1)) || (d2 == 0 && within(q1, q2, p2)) ||
           (d3 == 0 && within(p1, p2, q1)) || (d4 == 0 && within(p1, p2, q2));
}

} // namespace

bool outlineCrossesItself(std::span<const VertexMm> v) {
    const std::size_t n = v.size();
    if (n < 4)
        return false; // a triangle's edges all share vertices
    for (std::size_t i = 0; i < n; ++i) {
        for (std::size_t j = i + 2; j < n; ++j) {
            if (i == 0 && j == n - 1)
                continue; // the closing edge shares vertex 0 with the first
            if (segmentsMeet(v[i], v[(i + 1) % n], v[j], v[(j + 1) % n]))
                return true;
        }
    }
    return false;
}

QVariantList outlinePreview(std::span<const VertexMm> vertices) {
    QVariantList out;
    if (vertices.size() < 2)
        return out;
    auto [minX, maxX] = std::minmax_element(vertices.begin(), vertices.end(),
                                            [](auto& a, auto& b) { return a[0] < b[0]; });
    auto [minY, maxY] = std::minmax_element(vertices.begin(), vertices.end(),
                                            [](auto& a, auto& b) { return a[1] < b[1]; });
    const double width = static_cast<double>((*maxX)[0] - (*minX)[0]);
    const double height = static_cast<double>((*maxY)[1] - (*minY)[1]);
    const double scale = std::max({width, height, 1.0});
    const double offsetX = (1.0 - width / scale) / 2;
    const double offsetY = (1.0 - height / scale) / 2;
    for (const auto& [x, y] : vertices)
        out.append(QPointF(offsetX + static_cast<double>(x - (*minX)[0]) / scale,
                           offsetY + static_cast<double>((*maxY)[1] - y) / scale));
    return out;
}

} // namespace survey::app
