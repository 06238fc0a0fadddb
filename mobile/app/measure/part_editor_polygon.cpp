// SPDX-License-Identifier: Apache-2.0
// The polygon outline of PartEditor (多边形部位: L-shaped and irregular rooms).
//
// Entry is one row per corner with its x and y in metres from a chosen corner (0, 0): the
// surveyor runs the tape (or laser) along two walls as axes and reads each corner's offsets,
// the usual 坐标法 of a room plan. These are exactly the integer millimetres the shared
// rule's shoelace formula takes, so the tablet's area is the server's to the digit, and a
// misread corner shows in the preview instead of being hidden in an assumed angle, as
// "walked sides with right angles" would do.
#include "measure/decimal_text.h"
#include "measure/length_error.h"
#include "measure/part_editor.h"
#include "measure/polygon_outline.h"
#include "session/session.h" // the inline session() getter needs the complete type
#include "survey/measure/area_rules.h"

namespace survey::app {

namespace {
// An empty outline starts with four rows: most outlines that are not rectangles have more.
constexpr int kStartRows = 4;
} // namespace

void PartEditor::setShape(const QString& shape) {
    const bool polygon = shape == QStringLiteral("polygon");
    if (polygon == polygon_)
        return;
    polygon_ = polygon;
    if (polygon_ && vertexX_.isEmpty()) {
        // The rectangle already typed becomes the outline to reshape, e.g. into an L.
        if (widthMm_ && depthMm_)
            setVertices({{0, 0}, {*widthMm_, 0}, {*widthMm_, *depthMm_}, {0, *depthMm_}});
        else
            for (int i = 0; i < kStartRows; ++i)
                addVertex();
    }
    emit inputChanged();
    recompute();
}

bool PartEditor::canAddVertex() const {
    return static_cast<std::size_t>(vertexCount()) < measure::kMaxVertices;
}

void PartEditor::addVertex() {
    if (!canAddVertex())
        return;
    vertexX_.append(QString());
    vertexY_.append(QString());
    emit vertexCountChanged();
    emit inputChanged();
    recompute();
}

void PartEditor::removeVertex(int index) {
    if (index < 0 || index >= vertexCount())
        return;
    vertexX_.removeAt(index);
    vertexY_.removeAt(index);
    emit vertexCountChanged();
    emit inputChanged();
    recompute();
}

void PartEditor::setVertexX(int index, const QString& text) {
    setVertexText(vertexX_, index, text);
}

void PartEditor::setVertexY(int index, const QString& text) {
    setVertexText(vertexY_, index, text);
}

void PartEditor::setVertexText(QStringList& texts, int index, const QString& text) {
    if (index < 0 || index >= texts.size() || texts[index] == text)
        return;
    texts[index] = text;
    emit inputChanged();
    recompute();
}

void PartEditor::setVertices(const std::vector<std::array<std::int64_t, 2>>& verticesMm) {
    const int before = vertexCount();
    vertexX_.clear();
    vertexY_.clear();
    for (const auto& [x, y] : verticesMm) {
        vertexX_.append(formatMetres(x));
        vertexY_.append(formatMetres(y));
    }
    if (vertexCount() != before)
        emit vertexCountChanged();
}

bool PartEditor::parseVertices() {
    vertexXErrors_.clear();
    vertexYErrors_.clear();
    verticesMm_.clear();
    outline_.clear();
    if (!polygon_)
        return false;
    bool typos = false, complete = true;
    std::vector<VertexMm> entered; // rows with both coordinates valid, for the preview
    for (int i = 0; i < vertexCount(); ++i) {
        const auto x = parseMetres(vertexX_[i]);
        const auto y = parseMetres(vertexY_[i]);
        vertexXErrors_.append(coordinateError(x));
        vertexYErrors_.append(coordinateError(y));
        typos = typos || !vertexXErrors_.back().isEmpty() || !vertexYErrors_.back().isEmpty();
        if (x.value && y.value)
            entered.push_back({*x.value, *y.value});
        else
            complete = false;
    }
    if (complete && !typos)
        verticesMm_ = entered;
    outline_ = outlinePreview(entered);
    return typos;
}

QString PartEditor::outlineProblem() const {
    const auto count = static_cast<std::size_t>(vertexCount());
    if (count < 3)
        return tr("An outline needs at least 3 corners.");
    if (count > measure::kMaxVertices)
        return tr("An outline has at most %1 corners.").arg(measure::kMaxVertices);
    if (verticesMm_.size() != count)
        return tr("Enter x and y of every corner.");
    if (outlineCrossesItself(verticesMm_))
        return tr("The outline crosses itself: check the order of the corners.");
    return {};
}

} // namespace survey::app
