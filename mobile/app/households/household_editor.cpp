// SPDX-License-Identifier: Apache-2.0
#include "households/household_editor.h"

#include "app/language.h"
#include "app/record_fields.h"
#include "households/id_number_message.h"
#include "position/position_status.h"
#include "position/position_text.h"
#include "session/session.h"
#include "store/local_store.h"

#include <QRegularExpression>
#include <cmath>
#include <stdexcept>

namespace survey::app {

namespace {

constexpr auto kNewStatus = "in_progress"; // 调查中: a draft on this tablet (domain.md §7)

// Digits beyond these are receiver noise, not evidence: 1e-7° is about 1 cm, and an
// accuracy estimate is not better than a decimetre.
double roundTo(double value, double step) {
    return std::round(value / step) * step;
}
constexpr double kDegreeStep = 1e-7;
constexpr double kAccuracyStep = 0.1;

} // namespace

HouseholdEditor::HouseholdEditor(QObject* parent) : QObject(parent) {
    if (auto* language = Language::instance())
        connect(language, &Language::codeChanged, this, &HouseholdEditor::fieldsChanged);
}

void HouseholdEditor::setSession(Session* session) {
    if (session == session_)
        return;
    session_ = session;
    emit sessionChanged();
    if (complete_)
        load();
}

void HouseholdEditor::setHouseholdId(const QString& id) {
    if (id == householdId_)
        return;
    householdId_ = id;
    emit householdIdChanged();
    if (complete_)
        load();
}

void HouseholdEditor::componentComplete() {
    complete_ = true;
    load();
}

void HouseholdEditor::load() {
    if (!session_)
        return;
    auto& store = session_->store();
    loaded_ = nlohmann::json::object();
    QString projectId = session_->projectId();
    if (!householdId_.isEmpty()) {
        if (auto record = store.read(QStringLiteral("household"), householdId_)) {
            loaded_ = record->fields;
            projectId = QString::fromStdString(record->projectId);
        }
    }
    otherCodes_.clear();
    for (const auto& h : store.households(projectId))
        if (h.id != householdId_)
            otherCodes_.insert(h.code);

    code_ = textField(loaded_, "code");
    headName_ = textField(loaded_, "head_name");
    headIdNumber_ = textField(loaded_, "head_id_number");
    headPhone_ = textField(loaded_, "head_phone");
    address_ = textField(loaded_, "address");
    doorNo_ = textField(loaded_, "door_no");
    tenure_ = textField(loaded_, "tenure");
    approvedUse_ = textField(loaded_, "approved_use");
    actualUse_ = textField(loaded_, "actual_use");
    status_ = textField(loaded_, "status");
    notes_ = textField(loaded_, "notes");
    latitude_ = realField(loaded_, "lat");
    longitude_ = realField(loaded_, "lon");
    accuracyM_ = realField(loaded_, "gps_accuracy_m");
    setPositionError({});
    if (householdId_.isEmpty()) {
        code_ = nextFreeCode();
        status_ = QString::fromLatin1(kNewStatus);
    }
    setSaveError({});
    emit fieldsChanged();
}

QString HouseholdEditor::nextFreeCode() const {
    static const QRegularExpression pattern(QStringLiteral("^H-(\\d+)$"));
    int highest = 0;
    for (const auto& code : otherCodes_)
        if (const auto m = pattern.match(code); m.hasMatch())
            highest = std::max(highest, m.captured(1).toInt());
    return QStringLiteral("H-%1").arg(highest + 1, 4, 10, QLatin1Char('0'));
}

void HouseholdEditor::setField(QString& field, const QString& value) {
    if (field == value)
        return;
    field = value;
    emit fieldsChanged();
}

QString HouseholdEditor::idNumberError() const {
    return idNumberMessage(headIdNumber_);
}

QString HouseholdEditor::codeError() const {
    const QString code = code_.trimmed();
    if (code.isEmpty())
        return tr("Enter the household code.");
    if (otherCodes_.contains(code))
        return tr("Code %1 is already used in this project.").arg(code);
    return {};
}

nlohmann::json HouseholdEditor::currentFields() const {
    nlohmann::json f = {
        {"code", textValue(code_)},
        {"head_name", textValue(headName_)},
        {"head_phone", textValue(headPhone_)},
        {"address", textValue(address_)},
        {"door_no", textValue(doorNo_)},
        {"tenure", textValue(tenure_)},
        {"approved_use", textValue(approvedUse_)},
        {"actual_use", textValue(actualUse_)},
        {"status", textValue(status_)},
        {"notes", textValue(notes_)},
        {"lat", realValue(latitude_)},
        {"lon", realValue(longitude_)},
        {"gps_accuracy_m", realValue(accuracyM_)},
    };
    // Store the normalised number (a trailing x becomes X) so that lookups match.
    f["head_id_number"] = textValue(normalizedIdNumber(headIdNumber_));
    return f;
}

bool HouseholdEditor::dirty() const {
    return !changedFields(loaded_, currentFields()).empty();
}

bool HouseholdEditor::save() {
    if (!session_)
        return false;
    if (!canSave()) {
        setSaveError(tr("Correct the marked fields first."));
        return false;
    }
    const nlohmann::json changes = changedFields(loaded_, currentFields());
    if (changes.empty() && !householdId_.isEmpty())
        return true;
    const QString projectId = session_->projectId();
    try {
        const QString id =
            session_->store().save(projectId, QStringLiteral("household"), householdId_, changes);
        for (const auto& [name, value] : changes.items())
            loaded_[name] = value;
        setSaveError({});
        if (id != householdId_) {
            householdId_ = id;
            emit householdIdChanged();
        }
    } catch (const std::exception& e) {
        setSaveError(tr("Not saved: %1").arg(QString::fromUtf8(e.what())));
        return false;
    }
    emit fieldsChanged();
    session_->notifyRecordsChanged();
    return true;
}

QString HouseholdEditor::positionText() const {
    if (!latitude_ || !longitude_)
        return {};
    return PositionText::coordinates(*latitude_, *longitude_) + u' ' +
           PositionText::accuracy(accuracyM_);
}

bool HouseholdEditor::recordPosition() {
    if (!session_)
        return false;
    PositionStatus* position = session_->position();
    const auto fix = position->acceptedFix();
    if (!fix) {
        setPositionError(tr("Position not recorded: %1").arg(position->message()));
        return false;
    }
    latitude_ = roundTo(fix->latitude, kDegreeStep);
    longitude_ = roundTo(fix->longitude, kDegreeStep);
    accuracyM_ = roundTo(*fix->horizontalAccuracyM, kAccuracyStep);
    setPositionError({});
    emit fieldsChanged();
    return true;
}

void HouseholdEditor::setPositionError(const QString& text) {
    if (text == positionError_)
        return;
    positionError_ = text;
    emit positionErrorChanged();
}

void HouseholdEditor::setSaveError(const QString& text) {
    if (text == saveError_)
        return;
    saveError_ = text;
    emit saveErrorChanged();
}

} // namespace survey::app
