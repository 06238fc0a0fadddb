// SPDX-License-Identifier: Apache-2.0
#include "measure/part_editor.h"

#include "app/record_fields.h"
#include "measure/decimal_text.h"
#include "measure/length_error.h"
#include "measure/part_fields.h"
#include "session/session.h"
#include "store/local_store.h"
#include "survey/measure/area_rules.h"
#include "survey/measure/readings.h"

#include <stdexcept>

namespace survey::app {

namespace {

/// A length as it counts: its reading, or the mean of two readings that agree
/// (domain.md §5); the error says what to correct or that it must be measured again.
struct CountedLength {
    std::optional<std::int64_t> mm;
    QString error, note;
};

CountedLength countedLength(const QString& firstText, const QString& secondText) {
    const auto first = parseMetres(firstText);
    CountedLength out{first.value, lengthError(first), {}};
    if (secondText.trimmed().isEmpty() || !out.error.isEmpty() || !first.value)
        return out;
    const auto second = parseMetres(secondText);
    if (QString error = lengthError(second); !error.isEmpty() || !second.value) {
        out.error = error.isEmpty() ? PartEditor::tr("Enter metres, e.g. 3.45") : error;
        out.mm.reset();
        return out;
    }
    const auto check = measure::checkTwoReadings(*first.value, *second.value);
    if (check.remeasure) {
        out.error = PartEditor::tr("Readings differ by %1 mm, more than the %2 mm allowed: "
                                   "measure again.")
                        .arg(check.differenceMm)
                        .arg(check.toleranceMm);
        out.mm.reset();
        return out;
    }
    out.mm = check.meanMm;
    out.note = PartEditor::tr("mean of two readings: %1 m").arg(formatMetres(check.meanMm));
    return out;
}

std::optional<measure::PartKind> kindOf(const QString& code) {
    return measure::partKindFromCode(utf8(code));
}

nlohmann::json verticesJson(const std::vector<std::array<std::int64_t, 2>>& vertices) {
    auto out = nlohmann::json::array();
    for (const auto& [x, y] : vertices)
        out.push_back({x, y});
    return out;
}

} // namespace

PartEditor::PartEditor(QObject* parent) : QObject(parent) {
    startNew(1);
}

void PartEditor::setSession(Session* session) {
    if (session == session_)
        return;
    session_ = session;
    emit sessionChanged();
}

void PartEditor::setBuildingId(const QString& id) {
    if (id == buildingId_)
        return;
    buildingId_ = id;
    emit buildingIdChanged();
}

bool PartEditor::needsHeight() const {
    const auto kind = kindOf(kind_);
    return kind && heightMeaning(*kind) != HeightMeaning::None;
}

bool PartEditor::heightIsClear() const {
    const auto kind = kindOf(kind_);
    return kind && heightMeaning(*kind) == HeightMeaning::Clear;
}

bool PartEditor::needsSill() const {
    const auto kind = kindOf(kind_);
    return kind && app::needsSill(*kind);
}

void PartEditor::setInput(QString& field, const QString& value) {
    if (field == value)
        return;
    field = value;
    emit inputChanged();
    recompute();
}

void PartEditor::recompute() {
    const auto kind = kindOf(kind_);
    const QString floor = floorText_.trimmed();
    bool floorOk = false;
    const int floorNo = floor.toInt(&floorOk);
    floorError_ = !floor.isEmpty() && (!floorOk || floorNo == 0)
                      ? tr("Whole number from 1 (−1 for a basement)")
                      : QString();
    // Only the chosen shape's inputs are checked: the other's stay as typed, unsaved.
    const auto width = polygon_ ? CountedLength{} : countedLength(widthText_, width2Text_);
    const auto depth = polygon_ ? CountedLength{} : countedLength(depthText_, depth2Text_);
    widthMm_ = width.mm;
    depthMm_ = depth.mm;
    widthNote_ = width.note;
    depthNote_ = depth.note;
    widthError_ = width.error;
    depthError_ = depth.error;
    const bool vertexErrors = parseVertices();
    const auto height = needsHeight() ? parseMetres(heightText_) : DecimalText{};
    const auto sill = needsSill() ? parseMetres(sillText_) : DecimalText{};
    heightError_ = lengthError(height);
    // A sill may sit on the floor (0 m), unlike any length or height.
    sillError_ = sill.value == 0 ? QString() : lengthError(sill);

    valid_ = false;
    areaDm2_ = 0;
    areaText_.clear();
    floorAreaText_.clear();
    lengthsText_.clear();
    ruleText_.clear();
    errorText_.clear();
    const bool fieldErrors =
        vertexErrors || !(floorError_.isEmpty() && widthError_.isEmpty() && depthError_.isEmpty() &&
                          heightError_.isEmpty() && sillError_.isEmpty());
    const QString outlineError = polygon_ ? outlineProblem() : QString();
    if (!kind)
        errorText_ = tr("Choose the kind of part.");
    else if (fieldErrors)
        errorText_ = tr("Correct the marked fields.");
    else if (floor.isEmpty())
        errorText_ = tr("Enter the floor.");
    else if (!outlineError.isEmpty())
        errorText_ = outlineError;
    else if (!polygon_ && (!width.mm || !depth.mm))
        errorText_ = tr("Enter width and depth.");
    else if (needsHeight() && !height.value)
        errorText_ =
            heightIsClear() ? tr("Enter the clear height.") : tr("Enter the storey height.");
    else if (needsSill() && !sill.value)
        errorText_ = tr("Enter the sill height above the floor.");
    else {
        measure::PartGeometry g;
        g.kind = *kind;
        if (polygon_)
            g.verticesMm = verticesMm_;
        else
            g.lengthsMm = {*width.mm, *depth.mm};
        g.heightMm = height.value;
        g.sillMm = sill.value;
        const auto area = measure::computePartArea(g);
        if (!area.ok) {
            errorText_ = QString::fromStdString(area.error);
        } else {
            valid_ = true;
            areaDm2_ = area.areaDm2;
            areaText_ = QString::fromStdString(measure::formatDm2(area.areaDm2));
            // Twice the area in mm² → 0.01 m² (20,000 units), half-up, for display only.
            floorAreaText_ = QString::fromStdString(
                measure::formatDm2((area.floorAreaTwiceMm2 + 10'000) / 20'000));
            ruleText_ = QString::fromStdString(area.rule);
            if (!polygon_)
                lengthsText_ =
                    formatMetres(*width.mm) + QStringLiteral(" × ") + formatMetres(*depth.mm);
        }
    }
    emit resultChanged();
}

void PartEditor::startNew(int floor) {
    setPartId({});
    loaded_ = nlohmann::json::object();
    floorText_ = QString::number(floor);
    if (kind_.isEmpty())
        kind_ = QStringLiteral("room");
    widthText_.clear();
    depthText_.clear();
    width2Text_.clear();
    depth2Text_.clear();
    sillText_.clear();
    // Most rooms are rectangles; a polygon is chosen for the odd one.
    polygon_ = false;
    setVertices({});
    setSaveError({});
    emit inputChanged();
    recompute();
}

bool PartEditor::load(const QString& partId) {
    if (!session_)
        return false;
    const auto record = session_->store().read(QStringLiteral("part"), partId);
    if (!record || record->deleted)
        return false;
    const auto geometry = partGeometry(record->fields);
    const bool polygon = geometry && geometry->lengthsMm.empty() && !geometry->verticesMm.empty();
    if (!geometry || (!polygon && geometry->lengthsMm.size() != 2)) {
        setSaveError(tr("This part's shape cannot be edited here."));
        return false;
    }
    loaded_ = record->fields;
    setPartId(partId);
    setBuildingId(textField(record->fields, "building_id"));
    const auto floor = intField(record->fields, "floor");
    floorText_ = floor ? QString::number(*floor) : QString();
    kind_ = textField(record->fields, "kind");
    polygon_ = polygon;
    widthText_ = polygon ? QString() : formatMetres(geometry->lengthsMm[0]);
    depthText_ = polygon ? QString() : formatMetres(geometry->lengthsMm[1]);
    setVertices(geometry->verticesMm);
    width2Text_.clear(); // the record keeps the length that counted, not its readings
    depth2Text_.clear();
    heightText_ = geometry->heightMm ? formatMetres(*geometry->heightMm) : QString();
    sillText_ = geometry->sillMm ? formatMetres(*geometry->sillMm) : QString();
    setSaveError({});
    emit inputChanged();
    recompute();
    return true;
}

nlohmann::json PartEditor::currentFields() const {
    const auto height = needsHeight() ? parseMetres(heightText_).value : std::nullopt;
    const auto sill = needsSill() ? parseMetres(sillText_).value : std::nullopt;
    return {
        {"building_id", utf8(buildingId_)},
        {"floor", floorText_.trimmed().toInt()},
        {"kind", utf8(kind_)},
        // A part has one shape: the other shape's field is cleared (null) on the record.
        {"lengths_mm",
         polygon_ ? nlohmann::json() : nlohmann::json{widthMm_.value_or(0), depthMm_.value_or(0)}},
        {"vertices_mm", polygon_ ? verticesJson(verticesMm_) : nlohmann::json()},
        {"height_mm", intValue(height)},
        {"sill_mm", intValue(sill)},
        {"area_dm2", areaDm2_},
    };
}

bool PartEditor::save() {
    if (!session_ || buildingId_.isEmpty())
        return false;
    if (!valid_) {
        setSaveError(errorText_);
        return false;
    }
    auto& store = session_->store();
    try {
        const auto changes = changedFields(loaded_, currentFields());
        if (!changes.empty()) {
            setPartId(store.save(session_->projectId(), QStringLiteral("part"), partId_, changes));
            for (const auto& [name, value] : changes.items())
                loaded_[name] = value;
        }
        updateMeasuredArea(store, buildingId_);
    } catch (const std::exception& e) {
        setSaveError(tr("Not saved: %1").arg(QString::fromUtf8(e.what())));
        return false;
    }
    setSaveError({});
    session_->notifyRecordsChanged();
    return true;
}

bool PartEditor::remove() {
    if (!session_ || partId_.isEmpty())
        return false;
    auto& store = session_->store();
    try {
        store.remove(session_->projectId(), QStringLiteral("part"), partId_);
        updateMeasuredArea(store, buildingId_);
    } catch (const std::exception& e) {
        setSaveError(tr("Not deleted: %1").arg(QString::fromUtf8(e.what())));
        return false;
    }
    setPartId({});
    loaded_ = nlohmann::json::object();
    session_->notifyRecordsChanged();
    return true;
}

void PartEditor::setPartId(const QString& id) {
    if (id == partId_)
        return;
    partId_ = id;
    emit partIdChanged();
}

void PartEditor::setSaveError(const QString& text) {
    if (text == saveError_)
        return;
    saveError_ = text;
    emit saveErrorChanged();
}

} // namespace survey::app
