// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "session/session_list_model.h"

#include <QList>
#include <QQmlEngine>
#include <cstdint>
#include <optional>

namespace survey::app {

/// The items of one household: ancillary items 附属物 first, then decoration 装修, each in
/// the order they were added (the order the registration form prints them). Refreshes
/// whenever the session reports saved or synced records.
class ItemListModel : public SessionListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString householdId READ householdId WRITE setHouseholdId NOTIFY householdIdChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(int decorationCount READ decorationCount NOTIFY countChanged)

  public:
    enum Role {
        ItemIdRole = Qt::UserRole + 1,
        NameRole,
        IsDecorationRole,
        QuantityTextRole, ///< "12.5 m": quantity and unit as the form prints them
        SpecRole,
        NumberRole,      ///< 1, 2… within its kind, as the form numbers each table
        FirstOfKindRole, ///< the row starts its kind's group (the list shows a heading)
    };

    explicit ItemListModel(QObject* parent = nullptr);

    QString householdId() const { return householdId_; }
    void setHouseholdId(const QString& id);
    int count() const { return static_cast<int>(rows_.size()); }
    int decorationCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

  signals:
    void householdIdChanged();
    void countChanged();

  private:
    void reload() override;
    struct Row {
        QString id, name, unit, spec;
        bool decoration = false;
        std::optional<std::int64_t> quantityMilli;
    };

    QString householdId_;
    QList<Row> rows_;
};

} // namespace survey::app
