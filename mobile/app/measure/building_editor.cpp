// SPDX-License-Identifier: Apache-2.0
#include "measure/building_editor.h"

#include "app/record_fields.h"
#include "measure/decimal_text.h"
#include "session/session.h"
#include "store/local_store.h"
#include "survey/measure/area_rules.h"
#include "survey/measure/area_tolerance.h"

#include <stdexcept>

namespace survey::app {

namespace {

std::optional<int> wholeNumber(const QString& text) {
    bool ok = false;
    const int n = text.trimmed().toInt(&ok);
    return ok ? std::optional<int>(n) : std::nullopt;
}

QString dm2Text(std::int64_t dm2) {
    return QString::fromStdString(measure::formatDm2(dm2));
}

} // namespace

BuildingEditor::BuildingEditor(QObject* parent) : QObject(parent) {}

void BuildingEditor::setSession(Session* session) {
    if (session == session_)
        return;
    if (session_)
        disconnect(session_, nullptr, this, nullptr);
    session_ = session;
    // Saving a part changes the measured area behind this editor's back.
    if (session_)
        connect(session_, &Session::recordsChanged, this, &BuildingEditor::reloadMeasuredArea);
    emit sessionChanged();
    if (complete_)
        load();
}

void BuildingEditor::setHouseholdId(const QString& id) {
    if (id == householdId_)
        return;
    householdId_ = id;
    emit householdIdChanged();
    if (complete_)
        load();
}

void BuildingEditor::componentComplete() {
    complete_ = true;
    load();
}

void BuildingEditor::load() {
    if (!session_ || householdId_.isEmpty())
        return;
    auto& store = session_->store();
    const auto household = store.read(QStringLiteral("household"), householdId_);
    householdCode_ = household ? textField(household->fields, "code") : QString();
    projectId_ = household ? QString::fromStdString(household->projectId) : session_->projectId();
    if (const auto project = store.project(projectId_))
        areaGrade_ = project->areaGrade;

    // The building with the lowest number is the one this screen edits.
    loaded_ = nlohmann::json::object();
    buildingId_.clear();
    std::int64_t lowest = INT64_MAX;
    for (const auto& b : store.children(QStringLiteral("building"), householdId_)) {
        const auto no = intField(b.fields, "no").value_or(INT64_MAX - 1);
        if (!b.deleted && no < lowest) {
            lowest = no;
            loaded_ = b.fields;
            buildingId_ = QString::fromStdString(b.id);
        }
    }
    const auto no = intField(loaded_, "no");
    noText_ = QString::number(no.value_or(1));
    structure_ = textField(loaded_, "structure");
    const auto floors = intField(loaded_, "floors_above");
    floorsText_ = floors ? QString::number(*floors) : QString();
    const auto reg = loaded_.find("registered");
    registered_ = reg != loaded_.end() && reg->is_boolean() && reg->get<bool>();
    const auto cert = intField(loaded_, "cert_area_dm2");
    certAreaText_ = cert ? dm2Text(*cert) : QString();
    measuredDm2_ = intField(loaded_, "measured_area_dm2");
    setSaveError({});
    emit loaded();
    emit fieldsChanged();
}

void BuildingEditor::reloadMeasuredArea() {
    if (!session_ || buildingId_.isEmpty())
        return;
    const auto building = session_->store().read(QStringLiteral("building"), buildingId_);
    if (!building)
        return;
    const auto measured = intField(building->fields, "measured_area_dm2");
    loaded_["measured_area_dm2"] = building->fields.value("measured_area_dm2", nlohmann::json());
    if (measured == measuredDm2_)
        return;
    measuredDm2_ = measured;
    emit fieldsChanged();
}

void BuildingEditor::setField(QString& field, const QString& value) {
    if (field == value)
        return;
    field = value;
    emit fieldsChanged();
}

void BuildingEditor::setRegistered(bool v) {
    if (v == registered_)
        return;
    registered_ = v;
    emit fieldsChanged();
}

QString BuildingEditor::noError() const {
    const auto no = wholeNumber(noText_);
    return no && *no >= 1 ? QString() : tr("Whole number from 1");
}

QString BuildingEditor::floorsError() const {
    if (floorsText_.trimmed().isEmpty())
        return {};
    const auto floors = wholeNumber(floorsText_);
    return floors && *floors >= 1 && *floors <= 200 ? QString() : tr("Whole number from 1");
}

QString BuildingEditor::certAreaError() const {
    if (!registered_)
        return {};
    switch (parseSquareMetres(certAreaText_).error) {
    case DecimalTextError::None:
    case DecimalTextError::Empty:
        return {};
    case DecimalTextError::TooManyDecimals:
        return tr("At most 2 decimals, as on the certificate");
    case DecimalTextError::NotANumber:
    case DecimalTextError::TooLarge:
        break;
    }
    return tr("Enter square metres, e.g. 86.42");
}

QString BuildingEditor::measuredAreaText() const {
    return measuredDm2_ ? dm2Text(*measuredDm2_) : QString();
}

QString BuildingEditor::differenceText() const {
    const auto cert = parseSquareMetres(certAreaText_).value;
    if (!registered_ || !cert || !measuredDm2_)
        return {};
    try {
        const auto d = measure::compareCertifiedArea(areaGrade_, *cert, *measuredDm2_);
        const QString sign = d.differenceDm2 > 0 ? QStringLiteral("+") : QString();
        return tr("%1 m² (tolerance ±%2 m²)")
            .arg(sign + dm2Text(d.differenceDm2), dm2Text(d.toleranceDm2));
    } catch (const std::invalid_argument&) {
        return {};
    }
}

bool BuildingEditor::differenceFlagged() const {
    const auto cert = parseSquareMetres(certAreaText_).value;
    if (!registered_ || !cert || !measuredDm2_)
        return false;
    try {
        return measure::compareCertifiedArea(areaGrade_, *cert, *measuredDm2_).flagged;
    } catch (const std::invalid_argument&) {
        return false;
    }
}

nlohmann::json BuildingEditor::currentFields() const {
    const auto floors = wholeNumber(floorsText_);
    const auto cert = registered_ ? parseSquareMetres(certAreaText_).value : std::nullopt;
    nlohmann::json f = {
        {"household_id", utf8(householdId_)}, {"no", wholeNumber(noText_).value_or(1)},
        {"structure", textValue(structure_)}, {"floors_above", intValue(floors)},
        {"registered", registered_},          {"cert_area_dm2", intValue(cert)},
    };
    // 认定 follows registration only while no department has decided (domain.md §6).
    const QString recognition = textField(loaded_, "recognition");
    if (recognition.isEmpty() || recognition == QLatin1String("registered") ||
        recognition == QLatin1String("pending"))
        f["recognition"] = registered_ ? "registered" : "pending";
    return f;
}

bool BuildingEditor::dirty() const {
    // A building not yet stored counts as changed only once something was typed, so that
    // merely looking at the page does not create one.
    if (buildingId_.isEmpty())
        return noText_.trimmed() != QLatin1String("1") || !structure_.isEmpty() ||
               !floorsText_.trimmed().isEmpty() || registered_ ||
               !certAreaText_.trimmed().isEmpty();
    return !changedFields(loaded_, currentFields()).empty();
}

bool BuildingEditor::save() {
    if (!session_ || householdId_.isEmpty())
        return false;
    if (!noError().isEmpty() || !floorsError().isEmpty() || !certAreaError().isEmpty()) {
        setSaveError(tr("Correct the marked fields first."));
        return false;
    }
    const auto changes = changedFields(loaded_, currentFields());
    if (changes.empty() && !buildingId_.isEmpty())
        return true;
    try {
        const QString id =
            session_->store().save(projectId_, QStringLiteral("building"), buildingId_, changes);
        for (const auto& [name, value] : changes.items())
            loaded_[name] = value;
        if (id != buildingId_) {
            buildingId_ = id;
            emit loaded();
        }
    } catch (const std::exception& e) {
        setSaveError(tr("Not saved: %1").arg(QString::fromUtf8(e.what())));
        return false;
    }
    setSaveError({});
    emit fieldsChanged();
    session_->notifyRecordsChanged();
    return true;
}

bool BuildingEditor::ensureSaved() {
    return !buildingId_.isEmpty() || save();
}

void BuildingEditor::setSaveError(const QString& text) {
    if (text == saveError_)
        return;
    saveError_ = text;
    emit saveErrorChanged();
}

} // namespace survey::app
