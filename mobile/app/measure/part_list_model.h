// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "session/session_list_model.h"

#include <QQmlEngine>
#include <cstdint>

namespace survey::app {

/// The measured parts of one building, by floor, each with its stored area and the rule
/// that gave it, plus the building total (the sum of the parts' rounded areas).
class PartListModel : public SessionListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString buildingId READ buildingId WRITE setBuildingId NOTIFY buildingIdChanged)
    Q_PROPERTY(int count READ count NOTIFY totalsChanged)
    Q_PROPERTY(QString totalText READ totalText NOTIFY totalsChanged)
    /// The highest floor measured so far (1 when none), to start the next part there.
    Q_PROPERTY(int lastFloor READ lastFloor NOTIFY totalsChanged)

  public:
    enum Role {
        PartIdRole = Qt::UserRole + 1,
        FloorRole,
        KindRole,
        KindLabelRole,
        SizeTextRole,
        AreaTextRole,
        RuleTextRole,
        /// The stored area differs from what the rule gives now: re-save before syncing.
        StaleRole,
    };

    explicit PartListModel(QObject* parent = nullptr);

    QString buildingId() const { return buildingId_; }
    void setBuildingId(const QString& id);
    int count() const { return static_cast<int>(rows_.size()); }
    QString totalText() const;
    int lastFloor() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

  signals:
    void buildingIdChanged();
    void totalsChanged();

  private:
    void reload() override;
    struct Row {
        QString id, kind, sizeText, ruleText;
        int floor = 0;
        std::int64_t areaDm2 = 0;
        bool stale = false;
    };

    QString buildingId_;
    QList<Row> rows_;
};

} // namespace survey::app
