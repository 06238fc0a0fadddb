// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "store/store_types.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QQmlEngine>
#include <QQmlParserStatus>
#include <QStringList>

// Q_PROPERTY of Session* needs the complete type in moc's output.
Q_MOC_INCLUDE("session/session.h")

namespace survey::app {

class Session;

/// The households of a project as stored on this tablet, filtered by a search text, each
/// with its status label and its number of changes not yet synced. Refreshes itself when
/// the session reports saved or synced records.
class HouseholdListModel : public QAbstractListModel, public QQmlParserStatus {
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_PROPERTY(survey::app::Session* session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QString projectId READ projectId WRITE setProjectId NOTIFY projectIdChanged)
    Q_PROPERTY(QString search READ search WRITE setSearch NOTIFY searchChanged)
    /// Household status code, "" for all.
    Q_PROPERTY(QString statusFilter READ statusFilter WRITE setStatusFilter NOTIFY filterChanged)
    /// Street (households::streetOf the address), "" for all.
    Q_PROPERTY(QString streetFilter READ streetFilter WRITE setStreetFilter NOTIFY filterChanged)
    /// Only households with changes not yet accepted by the server.
    Q_PROPERTY(bool unsyncedOnly READ unsyncedOnly WRITE setUnsyncedOnly NOTIFY filterChanged)
    /// The project's streets, for the street filter.
    Q_PROPERTY(QStringList streets READ streets NOTIFY streetsChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

  public:
    enum Role {
        HouseholdIdRole = Qt::UserRole + 1,
        CodeRole,
        HeadNameRole,
        AddressRole,
        DoorNoRole,
        StatusRole,
        StatusLabelRole,
        PendingRole,
        /// Changes the server answered with a conflict or a rejection.
        ProblemsRole,
    };

    explicit HouseholdListModel(QObject* parent = nullptr);

    Session* session() const { return session_; }
    void setSession(Session* session);
    QString projectId() const { return projectId_; }
    void setProjectId(const QString& id);
    QString search() const { return search_; }
    void setSearch(const QString& text);
    QString statusFilter() const { return filter_.status; }
    void setStatusFilter(const QString& status);
    QString streetFilter() const { return filter_.street; }
    void setStreetFilter(const QString& street);
    bool unsyncedOnly() const { return filter_.unsyncedOnly; }
    void setUnsyncedOnly(bool on);
    QStringList streets() const { return streets_; }
    int count() const { return static_cast<int>(rows_.size()); }

    Q_INVOKABLE void refresh();

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void classBegin() override {}
    void componentComplete() override;

  signals:
    void sessionChanged();
    void projectIdChanged();
    void searchChanged();
    void filterChanged();
    void streetsChanged();
    void countChanged();

  private:
    struct Row {
        QString id, code, headName, address, doorNo, status;
        int pending = 0;
        int problems = 0;
        friend bool operator==(const Row&, const Row&) = default;
    };

    QPointer<Session> session_;
    QMetaObject::Connection recordsConnection_;
    bool complete_ = false;
    QString projectId_, search_;
    device::HouseholdFilter filter_;
    QStringList streets_;
    QList<Row> rows_;
};

} // namespace survey::app
