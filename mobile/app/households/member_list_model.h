// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QPointer>
#include <QQmlEngine>

// Q_PROPERTY of Session* needs the complete type in moc's output.
Q_MOC_INCLUDE("session/session.h")

namespace survey::app {

class Session;

/// The family members (家庭成员) of one household in the order they were added; refreshes
/// whenever the session reports saved or synced records. ID numbers and phones are masked
/// here because the list is on screen while others stand around the tablet; the editor and
/// the registration form the household reads show them in full.
class MemberListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(survey::app::Session* session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QString householdId READ householdId WRITE setHouseholdId NOTIFY householdIdChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

  public:
    enum Role {
        MemberIdRole = Qt::UserRole + 1,
        NameRole,
        RelationLabelRole,
        MaskedIdNumberRole,
        MaskedPhoneRole,
        CircumstancesRole
    };

    explicit MemberListModel(QObject* parent = nullptr);

    Session* session() const { return session_; }
    void setSession(Session* session);
    QString householdId() const { return householdId_; }
    void setHouseholdId(const QString& id);
    int count() const { return static_cast<int>(rows_.size()); }

    /// Reloads the members from the local store.
    Q_INVOKABLE void refresh();

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

  signals:
    void sessionChanged();
    void householdIdChanged();
    void countChanged();

  private:
    struct Row {
        QString id, name, relation, idNumber, phone, circumstances;
    };

    QPointer<Session> session_;
    QMetaObject::Connection recordsConnection_;
    QString householdId_;
    QList<Row> rows_;
};

} // namespace survey::app
