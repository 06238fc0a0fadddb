// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "session/session_list_model.h"

#include <QList>
#include <QQmlEngine>

namespace survey::app {

/// The family members (家庭成员) of one household in the order they were added; refreshes
/// whenever the session reports saved or synced records. ID numbers and phones are masked
/// here because the list is on screen while others stand around the tablet; the editor and
/// the registration form the household reads show them in full.
class MemberListModel : public SessionListModel {
    Q_OBJECT
    QML_ELEMENT
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

    QString householdId() const { return householdId_; }
    void setHouseholdId(const QString& id);
    int count() const { return static_cast<int>(rows_.size()); }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

  signals:
    void householdIdChanged();
    void countChanged();

  private:
    void reload() override;
    struct Row {
        QString id, name, relation, idNumber, phone, circumstances;
    };

    QString householdId_;
    QList<Row> rows_;
};

} // namespace survey::app
