// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QAbstractListModel>
#include <QQmlEngine>

namespace survey::device {
class LocalStore;
}

namespace survey::app {

/// The projects cached in the local store (so that they show offline), with each one's
/// number of changes not yet synced.
class ProjectListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Session.projects")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

  public:
    enum Role { ProjectIdRole = Qt::UserRole + 1, CodeRole, NameRole, PendingRole };

    explicit ProjectListModel(device::LocalStore& store, QObject* parent = nullptr);

    int count() const { return static_cast<int>(rows_.size()); }
    /// Re-reads the projects and their pending counts from the store.
    void refresh();

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

  signals:
    void countChanged();

  private:
    struct Row {
        QString id, code, name;
        int pending = 0;
    };
    device::LocalStore& store_;
    QList<Row> rows_;
};

} // namespace survey::app
