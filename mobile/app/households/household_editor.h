// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "app/record_fields.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QQmlParserStatus>
#include <QSet>
#include <nlohmann/json.hpp>
#include <optional>

// Q_PROPERTY of Session* needs the complete type in moc's output.
Q_MOC_INCLUDE("session/session.h")

namespace survey::app {

class Session;

/// Edits one household (户) of the current project: loads it, validates the head's ID
/// number live with the shared GB 11643 validator, and saves locally (outbox included).
/// An empty householdId means a new household with the next free code.
class HouseholdEditor : public QObject, public QQmlParserStatus {
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_PROPERTY(survey::app::Session* session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QString householdId READ householdId WRITE setHouseholdId NOTIFY householdIdChanged)
    Q_PROPERTY(bool isNew READ isNew NOTIFY householdIdChanged)
    Q_PROPERTY(QString code READ code WRITE setCode NOTIFY fieldsChanged)
    Q_PROPERTY(QString headName READ headName WRITE setHeadName NOTIFY fieldsChanged)
    Q_PROPERTY(QString headIdNumber READ headIdNumber WRITE setHeadIdNumber NOTIFY fieldsChanged)
    Q_PROPERTY(QString headPhone READ headPhone WRITE setHeadPhone NOTIFY fieldsChanged)
    Q_PROPERTY(QString address READ address WRITE setAddress NOTIFY fieldsChanged)
    Q_PROPERTY(QString doorNo READ doorNo WRITE setDoorNo NOTIFY fieldsChanged)
    Q_PROPERTY(QString tenure READ tenure WRITE setTenure NOTIFY fieldsChanged)
    Q_PROPERTY(QString approvedUse READ approvedUse WRITE setApprovedUse NOTIFY fieldsChanged)
    Q_PROPERTY(QString actualUse READ actualUse WRITE setActualUse NOTIFY fieldsChanged)
    Q_PROPERTY(QString status READ status NOTIFY fieldsChanged)
    /// The reviewer's comment of a returned household (退回意见); read-only here.
    Q_PROPERTY(QString reviewComment READ reviewComment NOTIFY fieldsChanged)
    Q_PROPERTY(QString notes READ notes WRITE setNotes NOTIFY fieldsChanged)
    /// The entrance position stamped on the household ("28.195012, 112.976431 ±9.2 m"),
    /// empty when none was recorded.
    Q_PROPERTY(QString positionText READ positionText NOTIFY fieldsChanged)
    /// Why the last recordPosition() refused the current fix; empty otherwise.
    Q_PROPERTY(QString positionError READ positionError NOTIFY positionErrorChanged)
    /// Why the ID number is not valid (shared Chinese message, or English); empty when
    /// valid or blank.
    Q_PROPERTY(QString idNumberError READ idNumberError NOTIFY fieldsChanged)
    Q_PROPERTY(QString codeError READ codeError NOTIFY fieldsChanged)
    Q_PROPERTY(bool dirty READ dirty NOTIFY fieldsChanged)
    Q_PROPERTY(bool canSave READ canSave NOTIFY fieldsChanged)
    Q_PROPERTY(QString saveError READ saveError NOTIFY saveErrorChanged)

  public:
    explicit HouseholdEditor(QObject* parent = nullptr);

    Session* session() const { return session_; }
    void setSession(Session* session);
    QString householdId() const { return householdId_; }
    void setHouseholdId(const QString& id);
    bool isNew() const { return householdId_.isEmpty(); }

    QString code() const { return code_; }
    QString headName() const { return headName_; }
    QString headIdNumber() const { return headIdNumber_; }
    QString headPhone() const { return headPhone_; }
    QString address() const { return address_; }
    QString doorNo() const { return doorNo_; }
    QString tenure() const { return tenure_; }
    QString approvedUse() const { return approvedUse_; }
    QString actualUse() const { return actualUse_; }
    QString status() const { return status_; }
    QString reviewComment() const { return textField(loaded_, "review_comment"); }
    QString notes() const { return notes_; }
    void setCode(const QString& v) { setField(code_, v); }
    void setHeadName(const QString& v) { setField(headName_, v); }
    void setHeadIdNumber(const QString& v) { setField(headIdNumber_, v); }
    void setHeadPhone(const QString& v) { setField(headPhone_, v); }
    void setAddress(const QString& v) { setField(address_, v); }
    void setDoorNo(const QString& v) { setField(doorNo_, v); }
    void setTenure(const QString& v) { setField(tenure_, v); }
    void setApprovedUse(const QString& v) { setField(approvedUse_, v); }
    void setActualUse(const QString& v) { setField(actualUse_, v); }
    void setNotes(const QString& v) { setField(notes_, v); }

    QString idNumberError() const;
    QString codeError() const;
    bool dirty() const;
    bool canSave() const { return idNumberError().isEmpty() && codeError().isEmpty(); }
    QString saveError() const { return saveError_; }
    QString positionText() const;
    QString positionError() const { return positionError_; }

    /// Takes the current fix as the household's position (lat, lon, gps_accuracy_m; saved
    /// with the form) when the project's limits accept it; false and positionError otherwise.
    Q_INVOKABLE bool recordPosition();

    /// Writes the changed fields to the local store; false (and saveError) when refused.
    Q_INVOKABLE bool save();

    void classBegin() override {}
    void componentComplete() override;

  signals:
    void sessionChanged();
    void householdIdChanged();
    void fieldsChanged();
    void saveErrorChanged();
    void positionErrorChanged();

  private:
    void load();
    void setField(QString& field, const QString& value);
    void setSaveError(const QString& text);
    void setPositionError(const QString& text);
    nlohmann::json currentFields() const;
    QString nextFreeCode() const;

    QPointer<Session> session_;
    bool complete_ = false;
    QString householdId_;
    nlohmann::json loaded_ = nlohmann::json::object();
    QString code_, headName_, headIdNumber_, headPhone_, address_, doorNo_, tenure_, approvedUse_,
        actualUse_, status_, notes_;
    QString saveError_, positionError_;
    std::optional<double> latitude_, longitude_, accuracyM_;
    QSet<QString> otherCodes_; ///< codes of the project's other households
};

} // namespace survey::app
