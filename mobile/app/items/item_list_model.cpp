// SPDX-License-Identifier: Apache-2.0
#include "items/item_list_model.h"

#include "app/record_fields.h"
#include "items/item_choices.h"
#include "measure/decimal_text.h"
#include "session/session.h"
#include "store/local_store.h"

#include <algorithm>

namespace survey::app {

ItemListModel::ItemListModel(QObject* parent) : SessionListModel(parent) {}

void ItemListModel::setHouseholdId(const QString& id) {
    setInput(this, householdId_, id, &ItemListModel::householdIdChanged);
}

int ItemListModel::decorationCount() const {
    return static_cast<int>(
        std::count_if(rows_.begin(), rows_.end(), [](const Row& r) { return r.decoration; }));
}

void ItemListModel::reload() {
    QList<Row> rows;
    if (session() && !householdId_.isEmpty()) {
        for (const auto& r : session()->store().children(QStringLiteral("item"), householdId_)) {
            rows.append({QString::fromStdString(r.id), textField(r.fields, "name"),
                         textField(r.fields, "unit"), textField(r.fields, "spec"),
                         itemKindFromCode(textField(r.fields, "kind")) == ItemKind::Decoration,
                         intField(r.fields, "quantity_milli")});
        }
        std::stable_partition(rows.begin(), rows.end(), [](const Row& r) { return !r.decoration; });
    }
    const bool countChanges =
        rows.size() != rows_.size() || std::count_if(rows.begin(), rows.end(), [](const Row& r) {
                                           return r.decoration;
                                       }) != decorationCount();
    beginResetModel();
    rows_ = std::move(rows);
    endResetModel();
    if (countChanges)
        emit countChanged();
}

int ItemListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : count();
}

QVariant ItemListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rows_.size())
        return {};
    const Row& row = rows_.at(index.row());
    switch (role) {
    case ItemIdRole:
        return row.id;
    case NameRole:
        return row.name;
    case IsDecorationRole:
        return row.decoration;
    case QuantityTextRole:
        if (!row.quantityMilli)
            return row.unit;
        return (formatFixed(*row.quantityMilli, 3, 0) + u' ' + row.unit).trimmed();
    case SpecRole:
        return row.spec;
    case NumberRole:
        return row.decoration ? index.row() - (count() - decorationCount()) + 1 : index.row() + 1;
    case FirstOfKindRole:
        return index.row() == 0 || rows_.at(index.row() - 1).decoration != row.decoration;
    default:
        return {};
    }
}

QHash<int, QByteArray> ItemListModel::roleNames() const {
    return {{ItemIdRole, "itemId"},
            {NameRole, "name"},
            {IsDecorationRole, "isDecoration"},
            {QuantityTextRole, "quantityText"},
            {SpecRole, "spec"},
            {NumberRole, "number"},
            {FirstOfKindRole, "firstOfKind"}};
}

} // namespace survey::app
