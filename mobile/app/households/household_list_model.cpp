// SPDX-License-Identifier: Apache-2.0
#include "households/household_list_model.h"

#include "app/language.h"
#include "households/code_labels.h"
#include "session/session.h"
#include "store/local_store.h"

#include <algorithm>

namespace survey::app {

HouseholdListModel::HouseholdListModel(QObject* parent) : SessionListModel(parent) {
    if (auto* language = Language::instance()) {
        connect(language, &Language::codeChanged, this, [this] {
            if (!rows_.isEmpty())
                emit dataChanged(index(0), index(count() - 1), {StatusLabelRole});
        });
    }
}

void HouseholdListModel::setProjectId(const QString& id) {
    setInput(this, projectId_, id, &HouseholdListModel::projectIdChanged);
}

void HouseholdListModel::setSearch(const QString& text) {
    setInput(this, search_, text, &HouseholdListModel::searchChanged);
}

void HouseholdListModel::setStatusFilter(const QString& status) {
    setInput(this, filter_.status, status, &HouseholdListModel::filterChanged);
}

void HouseholdListModel::setStreetFilter(const QString& street) {
    setInput(this, filter_.street, street, &HouseholdListModel::filterChanged);
}

void HouseholdListModel::setUnsyncedOnly(bool on) {
    setInput(this, filter_.unsyncedOnly, on, &HouseholdListModel::filterChanged);
}

void HouseholdListModel::reload() {
    QList<Row> rows;
    QStringList streets;
    if (session() && !projectId_.isEmpty()) {
        auto filter = filter_;
        filter.search = search_;
        for (const auto& h : session()->store().households(projectId_, filter))
            rows.append({h.id, h.code, h.headName, h.address, h.doorNo, h.status, h.pendingChanges,
                         h.problems});
        streets = session()->store().streets(projectId_);
    }
    if (streets != streets_) {
        streets_ = std::move(streets);
        emit streetsChanged();
    }
    // A save or a sync usually changes a few badges, not the list: update those rows in
    // place so that the surveyor keeps the scroll position.
    const bool sameRows = std::equal(rows.begin(), rows.end(), rows_.begin(), rows_.end(),
                                     [](const Row& a, const Row& b) { return a.id == b.id; });
    if (sameRows) {
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (rows[i] == rows_[i])
                continue;
            rows_[i] = rows[i];
            emit dataChanged(index(static_cast<int>(i)), index(static_cast<int>(i)));
        }
        return;
    }
    const bool countChanges = rows.size() != rows_.size();
    beginResetModel();
    rows_ = std::move(rows);
    endResetModel();
    if (countChanges)
        emit countChanged();
}

int HouseholdListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : count();
}

QVariant HouseholdListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& r = rows_[index.row()];
    switch (role) {
    case HouseholdIdRole:
        return r.id;
    case CodeRole:
        return r.code;
    case Qt::DisplayRole:
    case HeadNameRole:
        return r.headName;
    case AddressRole:
        return r.address;
    case DoorNoRole:
        return r.doorNo;
    case StatusRole:
        return r.status;
    case StatusLabelRole:
        return codeLabel(CodeTable::Status, r.status, Language::isEnglish());
    case PendingRole:
        return r.pending;
    case ProblemsRole:
        return r.problems;
    default:
        return {};
    }
}

QHash<int, QByteArray> HouseholdListModel::roleNames() const {
    return {{HouseholdIdRole, "householdId"}, {CodeRole, "code"},
            {HeadNameRole, "headName"},       {AddressRole, "address"},
            {DoorNoRole, "doorNo"},           {StatusRole, "status"},
            {StatusLabelRole, "statusLabel"}, {PendingRole, "pendingCount"},
            {ProblemsRole, "problemCount"}};
}

} // namespace survey::app
