// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QQmlParserStatus>
#include <nlohmann/json.hpp>

// Q_PROPERTY of Session* needs the complete type in moc's output.
Q_MOC_INCLUDE("session/session.h")

namespace survey::app {

class Session;

/// Edits the building (幢) of a household; one building per household for now, created
/// on first save. The certificate area (证载) is typed here; the measured area (实测) is
/// only ever the sum of the measured parts, and the two are compared by the project's
/// GB/T 17986 grade, never overwritten by each other.
class BuildingEditor : public QObject, public QQmlParserStatus {
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_PROPERTY(survey::app::Session* session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QString householdId READ householdId WRITE setHouseholdId NOTIFY householdIdChanged)
    Q_PROPERTY(QString householdCode READ householdCode NOTIFY loaded)
    Q_PROPERTY(QString buildingId READ buildingId NOTIFY loaded)
    Q_PROPERTY(QString noText READ noText WRITE setNoText NOTIFY fieldsChanged)
    Q_PROPERTY(QString structure READ structure WRITE setStructure NOTIFY fieldsChanged)
    Q_PROPERTY(QString floorsText READ floorsText WRITE setFloorsText NOTIFY fieldsChanged)
    Q_PROPERTY(bool registered READ registered WRITE setRegistered NOTIFY fieldsChanged)
    Q_PROPERTY(QString certAreaText READ certAreaText WRITE setCertAreaText NOTIFY fieldsChanged)
    Q_PROPERTY(QString noError READ noError NOTIFY fieldsChanged)
    Q_PROPERTY(QString floorsError READ floorsError NOTIFY fieldsChanged)
    Q_PROPERTY(QString certAreaError READ certAreaError NOTIFY fieldsChanged)
    /// Measured area in m² ("86.42"), empty before any part is measured.
    Q_PROPERTY(QString measuredAreaText READ measuredAreaText NOTIFY fieldsChanged)
    /// Measured − certificate and the grade's tolerance, e.g. "+1.20 m² (±0.45 m²)".
    Q_PROPERTY(QString differenceText READ differenceText NOTIFY fieldsChanged)
    /// The difference exceeds the tolerance: 面积差异, to be reviewed.
    Q_PROPERTY(bool differenceFlagged READ differenceFlagged NOTIFY fieldsChanged)
    Q_PROPERTY(bool dirty READ dirty NOTIFY fieldsChanged)
    Q_PROPERTY(QString saveError READ saveError NOTIFY saveErrorChanged)

  public:
    explicit BuildingEditor(QObject* parent = nullptr);

    Session* session() const { return session_; }
    void setSession(Session* session);
    QString householdId() const { return householdId_; }
    void setHouseholdId(const QString& id);
    QString householdCode() const { return householdCode_; }
    QString buildingId() const { return buildingId_; }

    QString noText() const { return noText_; }
    QString structure() const { return structure_; }
    QString floorsText() const { return floorsText_; }
    bool registered() const { return registered_; }
    QString certAreaText() const { return certAreaText_; }
    void setNoText(const QString& v) { setField(noText_, v); }
    void setStructure(const QString& v) { setField(structure_, v); }
    void setFloorsText(const QString& v) { setField(floorsText_, v); }
    void setRegistered(bool v);
    void setCertAreaText(const QString& v) { setField(certAreaText_, v); }

    QString noError() const;
    QString floorsError() const;
    QString certAreaError() const;
    QString measuredAreaText() const;
    QString differenceText() const;
    bool differenceFlagged() const;
    bool dirty() const;
    QString saveError() const { return saveError_; }

    /// Saves the building (creating it if needed); false and saveError when refused.
    Q_INVOKABLE bool save();
    /// Makes sure the building exists, so that parts can reference it.
    Q_INVOKABLE bool ensureSaved();

    void classBegin() override {}
    void componentComplete() override;

  signals:
    void sessionChanged();
    void householdIdChanged();
    void loaded();
    void fieldsChanged();
    void saveErrorChanged();

  private:
    void load();
    void reloadMeasuredArea();
    void setField(QString& field, const QString& value);
    void setSaveError(const QString& text);
    nlohmann::json currentFields() const;

    QPointer<Session> session_;
    bool complete_ = false;
    QString householdId_, householdCode_, buildingId_, projectId_;
    int areaGrade_ = 2;
    nlohmann::json loaded_ = nlohmann::json::object();
    QString noText_, structure_, floorsText_, certAreaText_;
    bool registered_ = false;
    std::optional<std::int64_t> measuredDm2_;
    QString saveError_;
};

} // namespace survey::app
