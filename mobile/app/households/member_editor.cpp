// SPDX-License-Identifier: Apache-2.0
#include "households/member_editor.h"

#include "app/language.h"
#include "app/record_fields.h"
#include "households/id_number_message.h"
#include "session/session.h"
#include "store/local_store.h"

#include <QCoreApplication>
#include <stdexcept>

namespace survey::app {

namespace {
const QString kSeparator = QStringLiteral(",");
constexpr auto kEntity = "member";

struct Circumstance {
    const char* value; ///< stored as is, the word the registration form prints
    const char* english;
};
constexpr Circumstance kCircumstances[] = {
    {"低保", QT_TRANSLATE_NOOP("MemberEditor", "Minimum living allowance")},
    {"残疾", QT_TRANSLATE_NOOP("MemberEditor", "Disability")},
    {"孤寡", QT_TRANSLATE_NOOP("MemberEditor", "Living alone (elderly)")},
    {"重病", QT_TRANSLATE_NOOP("MemberEditor", "Serious illness")},
};
} // namespace

MemberEditor::MemberEditor(QObject* parent) : QObject(parent) {
    if (auto* language = Language::instance())
        connect(language, &Language::codeChanged, this, &MemberEditor::fieldsChanged);
}

void MemberEditor::setSession(Session* session) {
    if (session == session_)
        return;
    session_ = session;
    emit sessionChanged();
}

void MemberEditor::setHouseholdId(const QString& id) {
    if (id == householdId_)
        return;
    householdId_ = id;
    startNew();
}

QVariantList MemberEditor::circumstanceChoices() const {
    QVariantList out;
    for (const auto& c : kCircumstances) {
        const QString value = QString::fromUtf8(c.value);
        const QString label =
            Language::isEnglish() ? QCoreApplication::translate("MemberEditor", c.english) : value;
        out.append(QVariantMap{{QStringLiteral("value"), value}, {QStringLiteral("label"), label}});
    }
    return out;
}

void MemberEditor::startNew() {
    memberId_.clear();
    loaded_ = nlohmann::json::object();
    name_ = idNumber_ = phone_ = saveError_ = {};
    relation_ = QStringLiteral("other");
    circumstances_.clear();
    emit fieldsChanged();
}

bool MemberEditor::load(const QString& memberId) {
    if (!session_)
        return false;
    const auto record = session_->store().read(QString::fromLatin1(kEntity), memberId);
    if (!record || record->deleted)
        return false;
    memberId_ = memberId;
    loaded_ = record->fields;
    householdId_ = textField(loaded_, "household_id");
    name_ = textField(loaded_, "name");
    relation_ = textField(loaded_, "relation");
    idNumber_ = textField(loaded_, "id_number");
    phone_ = textField(loaded_, "phone");
    circumstances_ = textField(loaded_, "circumstances").split(kSeparator, Qt::SkipEmptyParts);
    saveError_.clear();
    emit fieldsChanged();
    return true;
}

void MemberEditor::setCircumstance(const QString& value, bool chosen) {
    if (chosen == circumstances_.contains(value))
        return;
    if (chosen) {
        // Keep the order of the choices, so that the form prints them the same way always.
        QStringList ordered;
        for (const auto& c : kCircumstances)
            if (const QString v = QString::fromUtf8(c.value);
                v == value || circumstances_.contains(v))
                ordered.append(v);
        circumstances_ = ordered;
    } else {
        circumstances_.removeAll(value);
    }
    emit fieldsChanged();
}

QString MemberEditor::nameError() const {
    return name_.trimmed().isEmpty() ? tr("Enter the member's name.") : QString();
}

QString MemberEditor::idNumberError() const {
    return idNumberMessage(idNumber_);
}

nlohmann::json MemberEditor::currentFields() const {
    return {
        {"household_id", textValue(householdId_)},
        {"name", textValue(name_)},
        {"relation", textValue(relation_)},
        {"id_number", textValue(normalizedIdNumber(idNumber_))},
        {"phone", textValue(phone_)},
        {"circumstances", textValue(circumstances_.join(kSeparator))},
    };
}

bool MemberEditor::save() {
    if (!session_ || householdId_.isEmpty())
        return false;
    if (!canSave()) {
        saveError_ = tr("Correct the marked fields first.");
        emit fieldsChanged();
        return false;
    }
    const nlohmann::json changes = changedFields(loaded_, currentFields());
    if (changes.empty() && !memberId_.isEmpty())
        return true;
    try {
        memberId_ = session_->store().save(session_->projectId(), QString::fromLatin1(kEntity),
                                           memberId_, changes);
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

bool MemberEditor::remove() {
    if (!session_ || memberId_.isEmpty())
        return false;
    try {
        session_->store().remove(session_->projectId(), QString::fromLatin1(kEntity), memberId_);
    } catch (const std::exception& e) {
        saveError_ = tr("Not deleted: %1").arg(QString::fromUtf8(e.what()));
        emit fieldsChanged();
        return false;
    }
    startNew();
    session_->notifyRecordsChanged();
    return true;
}

void MemberEditor::setField(QString& field, const QString& value) {
    if (field == value)
        return;
    field = value;
    emit fieldsChanged();
}

} // namespace survey::app
