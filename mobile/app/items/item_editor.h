// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QStringList>
#include <QVariantList>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>

// Q_PROPERTY of Session* needs the complete type in moc's output.
Q_MOC_INCLUDE("session/session.h")

namespace survey::app {

class Session;

/// Adds or edits one item of a household: an ancillary item 附属物 (围墙, 水井…) or a
/// decoration item 装修, with its unit, quantity and spec. The quantity is typed as decimal
/// text and stored exactly as thousandths (quantity_milli); nothing is saved while a field
/// is invalid, and a refused save shows every field's problem.
class ItemEditor : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(survey::app::Session* session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QString householdId READ householdId WRITE setHouseholdId NOTIFY fieldsChanged)
    Q_PROPERTY(QString itemId READ itemId NOTIFY fieldsChanged)
    /// "ancillary" or "decoration".
    Q_PROPERTY(QString kind READ kind WRITE setKind NOTIFY fieldsChanged)
    Q_PROPERTY(bool isDecoration READ isDecoration NOTIFY fieldsChanged)
    Q_PROPERTY(QString name READ name WRITE setName NOTIFY fieldsChanged)
    Q_PROPERTY(QString unit READ unit WRITE setUnit NOTIFY fieldsChanged)
    Q_PROPERTY(QString quantityText READ quantityText WRITE setQuantityText NOTIFY fieldsChanged)
    Q_PROPERTY(QString spec READ spec WRITE setSpec NOTIFY fieldsChanged)
    /// Common names for the kind: [{value, label}], label in the UI language.
    Q_PROPERTY(QVariantList nameChoices READ nameChoices NOTIFY fieldsChanged)
    /// Units for the kind, plus the loaded item's own unit when it is another one.
    Q_PROPERTY(QStringList unitChoices READ unitChoices NOTIFY fieldsChanged)
    Q_PROPERTY(QString nameError READ nameError NOTIFY fieldsChanged)
    Q_PROPERTY(QString unitError READ unitError NOTIFY fieldsChanged)
    Q_PROPERTY(QString quantityError READ quantityError NOTIFY fieldsChanged)
    Q_PROPERTY(bool canSave READ canSave NOTIFY fieldsChanged)
    Q_PROPERTY(QString saveError READ saveError NOTIFY fieldsChanged)

  public:
    explicit ItemEditor(QObject* parent = nullptr);

    Session* session() const { return session_; }
    void setSession(Session* session);
    QString householdId() const { return householdId_; }
    void setHouseholdId(const QString& id);
    QString itemId() const { return itemId_; }
    QString kind() const { return kind_; }
    void setKind(const QString& kind);
    bool isDecoration() const;
    QString name() const { return name_; }
    QString unit() const { return unit_; }
    QString quantityText() const { return quantityText_; }
    QString spec() const { return spec_; }
    void setName(const QString& v) { setTouched(name_, nameTouched_, v); }
    void setUnit(const QString& v) { setTouched(unit_, unitTouched_, v); }
    void setQuantityText(const QString& v) { setTouched(quantityText_, quantityTouched_, v); }
    void setSpec(const QString& v) { setField(spec_, v); }
    QVariantList nameChoices() const;
    QStringList unitChoices() const;

    /// The field's problem, once the surveyor has touched it or tried to save: a new item
    /// does not open with every field already red.
    QString nameError() const;
    QString unitError() const;
    QString quantityError() const;
    /// Every field is valid (touched or not).
    bool canSave() const;
    QString saveError() const { return saveError_; }

    /// Clears the fields for a new item of `kind` ("ancillary" or "decoration").
    Q_INVOKABLE void startNew(const QString& kind);
    /// Loads a stored item; false when it does not exist.
    Q_INVOKABLE bool load(const QString& itemId);
    /// Writes the changed fields to the local store; false (and saveError) when refused.
    Q_INVOKABLE bool save();
    /// Deletes the loaded item (a tombstone that syncs); false when none is loaded.
    Q_INVOKABLE bool remove();

  signals:
    void sessionChanged();
    void fieldsChanged();

  private:
    void setField(QString& field, const QString& value);
    void setTouched(QString& field, bool& touched, const QString& value);
    QString shown(bool touched, const QString& problem) const;
    QString nameProblem() const;
    QString unitProblem() const;
    QString quantityProblem() const;
    std::optional<std::int64_t> quantityMilli() const;
    nlohmann::json currentFields() const;

    QPointer<Session> session_;
    QString householdId_, itemId_;
    nlohmann::json loaded_ = nlohmann::json::object();
    QString kind_ = QStringLiteral("ancillary");
    QString name_, unit_, quantityText_, spec_, saveError_;
    bool nameTouched_ = false, unitTouched_ = false, quantityTouched_ = false;
    bool saveAttempted_ = false;
};

} // namespace survey::app
