// SPDX-License-Identifier: Apache-2.0
#include "session/project_list_model.h"

#include "store/local_store.h"

namespace survey::app {

ProjectListModel::ProjectListModel(device::LocalStore& store, QObject* parent)
    : QAbstractListModel(parent), store_(store) {
    refresh();
}

void ProjectListModel::refresh() {
    QList<Row> rows;
    for (const auto& p : store_.projects())
        rows.append({p.id, p.code, p.name, store_.pendingCount(p.id)});
    const bool countChanges = rows.size() != rows_.size();
    beginResetModel();
    rows_ = std::move(rows);
    endResetModel();
    if (countChanges)
        emit countChanged();
}

int ProjectListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : count();
}

QVariant ProjectListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& r = rows_[index.row()];
    switch (role) {
    case ProjectIdRole:
        return r.id;
    case CodeRole:
        return r.code;
    case Qt::DisplayRole:
    case NameRole:
        return r.name;
    case PendingRole:
        return r.pending;
    default:
        return {};
    }
}

QHash<int, QByteArray> ProjectListModel::roleNames() const {
    return {{ProjectIdRole, "projectId"},
            {CodeRole, "code"},
            {NameRole, "name"},
            {PendingRole, "pendingCount"}};
}

} // namespace survey::app
