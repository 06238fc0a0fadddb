// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "session/session_list_model.h"
#include "store/store_types.h"

#include <QQmlEngine>
#include <QStringList>

namespace survey::app {

/// The households of a project as stored on this tablet, filtered by a search text, each
/// with its status label and its number of changes not yet synced. Refreshes itself when
/// the session reports saved or synced records.
class HouseholdListModel : public SessionListModel {
    Q_OBJECT
    QML_ELEMENT
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

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

  signals:
    void projectIdChanged();
    void searchChanged();
    void filterChanged();
    void streetsChanged();
    void countChanged();

  private:
    void reload() override;
    struct Row {
        QString id, code, headName, address, doorNo, status;
        int pending = 0;
        int problems = 0;
        friend bool operator==(const Row&, const Row&) = default;
    };

    QString projectId_, search_;
    device::HouseholdFilter filter_;
    QStringList streets_;
    QList<Row> rows_;
};

} // namespace survey::app
