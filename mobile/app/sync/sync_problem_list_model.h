// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "session/session_list_model.h"
#include "store/store_types.h"

#include <QQmlEngine>

namespace survey::app {

/// What the server did not take of a household's changes, one row per disputed field (or
/// per rejection), with the office's value beside the tablet's, so that the surveyor can
/// keep the office's value or send their own again.
class SyncProblemListModel : public SessionListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString householdId READ householdId WRITE setHouseholdId NOTIFY householdIdChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

  public:
    enum Role {
        EntityRole = Qt::UserRole + 1,
        FieldRole,
        OfficeRole,
        MineRole,
        MessageRole,
        ConflictRole,
        CanKeepMineRole,
    };

    explicit SyncProblemListModel(QObject* parent = nullptr);

    QString householdId() const { return householdId_; }
    void setHouseholdId(const QString& id);
    int count() const { return static_cast<int>(rows_.size()); }

    /// The office's value stands (it is already on the tablet since the last pull).
    Q_INVOKABLE bool keepOffice(int row);
    /// Sends the tablet's value again, as a new change from the office's revision.
    Q_INVOKABLE bool keepMine(int row);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

  signals:
    void householdIdChanged();
    void countChanged();

  private:
    void reload() override;
    struct Row {
        device::SyncProblem problem;
        int field = -1; ///< index into problem.fields; -1 for a rejection
    };

    QString householdId_;
    QList<Row> rows_;
};

} // namespace survey::app
