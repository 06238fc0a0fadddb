// SPDX-License-Identifier: Apache-2.0
#include "items/item_editor.h"

#include "app/language.h"
#include "app/record_fields.h"
#include "items/item_choices.h"
#include "measure/decimal_text.h"
#include "session/session.h"
#include "store/local_store.h"

#include <stdexcept>

namespace survey::app {

namespace {
constexpr auto kEntity = "item";
constexpr int kQuantityDecimals = 3; // quantity_milli: thousandths
// A million of anything (metres of wall, trees) is beyond any household: a typing slip.
constexpr std::int64_t kMaxQuantityMilli = 1'000'000'000;

DecimalText parseQuantity(const QString& text) {
    return parseDecimal(text, kQuantityDecimals, kMaxQuantityMilli);
}
} // namespace

ItemEditor::ItemEditor(QObject* parent) : QObject(parent) {
    if (auto* language = Language::instance())
        connect(language, &Language::codeChanged, this, &ItemEditor::fieldsChanged);
}

void ItemEditor::setSession(Session* session) {
    if (session == session_)
        return;
    session_ = session;
    emit sessionChanged();
}

void ItemEditor::setHouseholdId(const QString& id) {
    if (id == householdId_)
        return;
    householdId_ = id;
    startNew(kind_);
}

void ItemEditor::setKind(const QString& kind) {
    setField(kind_, itemKindCode(itemKindFromCode(kind)));
}

bool ItemEditor::isDecoration() const {
    return itemKindFromCode(kind_) == ItemKind::Decoration;
}

QVariantList ItemEditor::nameChoices() const {
    return itemNameChoices(itemKindFromCode(kind_));
}

QStringList ItemEditor::unitChoices() const {
    QStringList units = itemUnits(itemKindFromCode(kind_));
    // An item from the office may carry a unit the tablet does not offer; keep it choosable.
    if (!unit_.isEmpty() && !units.contains(unit_))
        units.append(unit_);
    return units;
}

void ItemEditor::startNew(const QString& kind) {
    itemId_.clear();
    loaded_ = nlohmann::json::object();
    kind_ = itemKindCode(itemKindFromCode(kind));
    name_ = unit_ = quantityText_ = spec_ = saveError_ = {};
    nameTouched_ = unitTouched_ = quantityTouched_ = saveAttempted_ = false;
    emit fieldsChanged();
}

bool ItemEditor::load(const QString& itemId) {
    if (!session_)
        return false;
    const auto record = session_->store().read(QString::fromLatin1(kEntity), itemId);
    if (!record || record->deleted)
        return false;
    itemId_ = itemId;
    loaded_ = record->fields;
    householdId_ = textField(loaded_, "household_id");
    kind_ = itemKindCode(itemKindFromCode(textField(loaded_, "kind")));
    name_ = textField(loaded_, "name");
    unit_ = textField(loaded_, "unit");
    const auto milli = intField(loaded_, "quantity_milli");
    quantityText_ = milli ? formatFixed(*milli, kQuantityDecimals, 0) : QString();
    spec_ = textField(loaded_, "spec");
    saveError_.clear();
    // A stored item is shown with whatever is wrong with it (an office record without unit).
    nameTouched_ = unitTouched_ = quantityTouched_ = true;
    saveAttempted_ = false;
    emit fieldsChanged();
    return true;
}

QString ItemEditor::shown(bool touched, const QString& problem) const {
    return touched || saveAttempted_ ? problem : QString();
}

QString ItemEditor::nameError() const {
    return shown(nameTouched_, nameProblem());
}

QString ItemEditor::unitError() const {
    return shown(unitTouched_, unitProblem());
}

QString ItemEditor::quantityError() const {
    return shown(quantityTouched_, quantityProblem());
}

QString ItemEditor::nameProblem() const {
    return name_.trimmed().isEmpty() ? tr("Enter the name or choose one below.") : QString();
}

QString ItemEditor::unitProblem() const {
    return unit_.trimmed().isEmpty() ? tr("Choose the unit.") : QString();
}

QString ItemEditor::quantityProblem() const {
    const DecimalText q = parseQuantity(quantityText_);
    switch (q.error) {
    case DecimalTextError::None:
        return q.value == 0 ? tr("Must be more than 0") : QString();
    case DecimalTextError::Empty:
        return tr("Enter the quantity.");
    case DecimalTextError::NotANumber:
        return tr("Enter a number, e.g. 12.5");
    case DecimalTextError::TooManyDecimals:
        return tr("At most 3 decimals");
    case DecimalTextError::TooLarge:
        return tr("Too large: check the number");
    }
    return {};
}

bool ItemEditor::canSave() const {
    return nameProblem().isEmpty() && unitProblem().isEmpty() && quantityProblem().isEmpty();
}

std::optional<std::int64_t> ItemEditor::quantityMilli() const {
    return parseQuantity(quantityText_).value;
}

nlohmann::json ItemEditor::currentFields() const {
    return {
        {"household_id", textValue(householdId_)},
        {"kind", textValue(kind_)},
        {"name", textValue(name_)},
        {"unit", textValue(unit_)},
        {"quantity_milli", intValue(quantityMilli())},
        {"spec", textValue(spec_)},
    };
}

bool ItemEditor::save() {
    if (!session_ || householdId_.isEmpty())
        return false;
    if (!canSave()) {
        saveAttempted_ = true;
        saveError_ = tr("Correct the marked fields first.");
        emit fieldsChanged();
        return false;
    }
    const nlohmann::json changes = changedFields(loaded_, currentFields());
    if (changes.empty() && !itemId_.isEmpty())
        return true;
    try {
        itemId_ = session_->store().save(session_->projectId(), QString::fromLatin1(kEntity),
                                         itemId_, changes);
        for (const auto& [field, value] : changes.items())
            loaded_[field] = value;
        saveError_.clear();
    } catch (const std::exception& e) {
        saveError_ = tr("Not saved: %1").arg(QString::fromUtf8(e.what()));
        emit fieldsChanged();
        return false;
    }
    emit fieldsChanged();
    session_->notifyRecordsChanged();
    return true;
}

bool ItemEditor::remove() {
    if (!session_ || itemId_.isEmpty())
        return false;
    try {
        session_->store().remove(session_->projectId(), QString::fromLatin1(kEntity), itemId_);
    } catch (const std::exception& e) {
        saveError_ = tr("Not deleted: %1").arg(QString::fromUtf8(e.what()));
        emit fieldsChanged();
        return false;
    }
    startNew(kind_);
    session_->notifyRecordsChanged();
    return true;
}

void ItemEditor::setTouched(QString& field, bool& touched, const QString& value) {
    if (!touched) {
        touched = true;
        if (field == value)
            emit fieldsChanged(); // the (unchanged) field's problem is now shown
    }
    setField(field, value);
}

void ItemEditor::setField(QString& field, const QString& value) {
    if (field == value)
        return;
    field = value;
    emit fieldsChanged();
}

} // namespace survey::app
