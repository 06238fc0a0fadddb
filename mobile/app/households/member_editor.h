// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QStringList>
#include <QVariantList>
#include <nlohmann/json.hpp>

// Q_PROPERTY of Session* needs the complete type in moc's output.
Q_MOC_INCLUDE("session/session.h")

namespace survey::app {

class Session;

/// Adds or edits one family member (家庭成员) of a household: name, relation to the head,
/// ID number validated live with the shared GB 11643 validator, phone and the special
/// circumstances (低保, 残疾, 孤寡, 重病) that later affect relocation.
class MemberEditor : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(survey::app::Session* session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QString householdId READ householdId WRITE setHouseholdId NOTIFY fieldsChanged)
    Q_PROPERTY(QString memberId READ memberId NOTIFY fieldsChanged)
    Q_PROPERTY(QString name READ name WRITE setName NOTIFY fieldsChanged)
    Q_PROPERTY(QString relation READ relation WRITE setRelation NOTIFY fieldsChanged)
    Q_PROPERTY(QString idNumber READ idNumber WRITE setIdNumber NOTIFY fieldsChanged)
    Q_PROPERTY(QString phone READ phone WRITE setPhone NOTIFY fieldsChanged)
    /// The chosen circumstances, as stored (Chinese words, the ones the form prints).
    Q_PROPERTY(QStringList circumstances READ circumstances NOTIFY fieldsChanged)
    /// Every circumstance to choose from: [{value, label}], label in the UI language.
    Q_PROPERTY(QVariantList circumstanceChoices READ circumstanceChoices CONSTANT)
    Q_PROPERTY(QString nameError READ nameError NOTIFY fieldsChanged)
    Q_PROPERTY(QString idNumberError READ idNumberError NOTIFY fieldsChanged)
    Q_PROPERTY(bool canSave READ canSave NOTIFY fieldsChanged)
    Q_PROPERTY(QString saveError READ saveError NOTIFY fieldsChanged)

  public:
    explicit MemberEditor(QObject* parent = nullptr);

    Session* session() const { return session_; }
    void setSession(Session* session);
    QString householdId() const { return householdId_; }
    void setHouseholdId(const QString& id);
    QString memberId() const { return memberId_; }
    QString name() const { return name_; }
    QString relation() const { return relation_; }
    QString idNumber() const { return idNumber_; }
    QString phone() const { return phone_; }
    QStringList circumstances() const { return circumstances_; }
    QVariantList circumstanceChoices() const;
    void setName(const QString& v) { setField(name_, v); }
    void setRelation(const QString& v) { setField(relation_, v); }
    void setIdNumber(const QString& v) { setField(idNumber_, v); }
    void setPhone(const QString& v) { setField(phone_, v); }

    QString nameError() const;
    QString idNumberError() const;
    bool canSave() const { return nameError().isEmpty() && idNumberError().isEmpty(); }
    QString saveError() const { return saveError_; }

    /// Clears the fields for a new member of the household.
    Q_INVOKABLE void startNew();
    /// Loads a stored member; false when it does not exist.
    Q_INVOKABLE bool load(const QString& memberId);
    /// Ticks or unticks one circumstance.
    Q_INVOKABLE void setCircumstance(const QString& value, bool chosen);
    /// Writes the changed fields to the local store; false (and saveError) when refused.
    Q_INVOKABLE bool save();
    /// Deletes the loaded member (a tombstone that syncs); false when none is loaded.
    Q_INVOKABLE bool remove();

  signals:
    void sessionChanged();
    void fieldsChanged();

  private:
    void setField(QString& field, const QString& value);
    nlohmann::json currentFields() const;

    QPointer<Session> session_;
    QString householdId_, memberId_;
    nlohmann::json loaded_ = nlohmann::json::object();
    QString name_, relation_, idNumber_, phone_, saveError_;
    QStringList circumstances_;
};

} // namespace survey::app
