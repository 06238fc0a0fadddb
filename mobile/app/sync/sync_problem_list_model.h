// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "store/store_types.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QQmlEngine>
#include <QQmlParserStatus>

// Q_PROPERTY of Session* needs the complete type in moc's output.
Q_MOC_INCLUDE("session/session.h")

namespace survey::app {

class Session;

/// What the server did not take of a household's changes, one row per disputed field (or
/// per rejection), with the office's value beside the tablet's, so that the surveyor can
/// keep the office's value or send their own again.
class SyncProblemListModel : public QAbstractListModel, public QQmlParserStatus {
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_PROPERTY(survey::app::Session* session READ session WRITE setSession NOTIFY sessionChanged)
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

    Session* session() const { return session_; }
    void setSession(Session* session);
    QString householdId() const { return householdId_; }
    void setHouseholdId(const QString& id);
    int count() const { return static_cast<int>(rows_.size()); }

    Q_INVOKABLE void refresh();
    /// The office's value stands (it is already on the tablet since the last pull).
    Q_INVOKABLE bool keepOffice(int row);
    /// Sends the tablet's value again, as a new change from the office's revision.
    Q_INVOKABLE bool keepMine(int row);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void classBegin() override {}
    void componentComplete() override;

  signals:
    void sessionChanged();
    void householdIdChanged();
    void countChanged();

  private:
    struct Row {
        device::SyncProblem problem;
        int field = -1; ///< index into problem.fields; -1 for a rejection
    };

    QPointer<Session> session_;
    QMetaObject::Connection recordsConnection_;
    bool complete_ = false;
    QString householdId_;
    QList<Row> rows_;
};

} // namespace survey::app
