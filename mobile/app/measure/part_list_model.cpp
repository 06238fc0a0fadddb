// SPDX-License-Identifier: Apache-2.0
#include "measure/part_list_model.h"

#include "app/language.h"
#include "app/record_fields.h"
#include "households/code_labels.h"
#include "measure/decimal_text.h"
#include "measure/part_fields.h"
#include "session/session.h"
#include "store/local_store.h"
#include "survey/measure/area_rules.h"

#include <algorithm>
#include <vector>

namespace survey::app {

PartListModel::PartListModel(QObject* parent) : SessionListModel(parent) {
    if (auto* language = Language::instance()) {
        connect(language, &Language::codeChanged, this, [this] {
            if (!rows_.isEmpty())
                emit dataChanged(index(0), index(count() - 1), {KindLabelRole});
        });
    }
}

void PartListModel::setBuildingId(const QString& id) {
    setInput(this, buildingId_, id, &PartListModel::buildingIdChanged);
}

void PartListModel::reload() {
    QList<Row> rows;
    if (session() && !buildingId_.isEmpty()) {
        for (const auto& part : session()->store().children(QStringLiteral("part"), buildingId_)) {
            if (part.deleted)
                continue;
            Row row;
            row.id = QString::fromStdString(part.id);
            row.kind = textField(part.fields, "kind");
            row.floor = static_cast<int>(intField(part.fields, "floor").value_or(0));
            row.areaDm2 = intField(part.fields, "area_dm2").value_or(0);
            if (const auto g = partGeometry(part.fields)) {
                if (g->lengthsMm.size() == 2)
                    row.sizeText =
                        QStringLiteral("%1 × %2 m")
                            .arg(formatMetres(g->lengthsMm[0]), formatMetres(g->lengthsMm[1]));
                else if (!g->verticesMm.empty())
                    row.sizeText = tr("polygon, %n corner(s)", nullptr,
                                      static_cast<int>(g->verticesMm.size()));
                const auto area = measure::computePartArea(*g);
                row.ruleText = QString::fromStdString(area.ok ? area.rule : area.error);
                row.stale = !area.ok || area.areaDm2 != row.areaDm2;
            }
            rows.append(row);
        }
    }
    // Floor order reads like the building; the store's order is kept within a floor.
    std::stable_sort(rows.begin(), rows.end(),
                     [](const Row& a, const Row& b) { return a.floor < b.floor; });
    beginResetModel();
    rows_ = std::move(rows);
    endResetModel();
    emit totalsChanged();
}

QString PartListModel::totalText() const {
    std::vector<std::int64_t> areas;
    for (const auto& r : rows_)
        areas.push_back(r.areaDm2);
    return QString::fromStdString(measure::formatDm2(measure::sumDm2(areas)));
}

int PartListModel::lastFloor() const {
    int floor = 1;
    for (const auto& r : rows_)
        floor = std::max(floor, r.floor);
    return floor;
}

int PartListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : count();
}

QVariant PartListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& r = rows_[index.row()];
    switch (role) {
    case PartIdRole:
        return r.id;
    case FloorRole:
        return r.floor;
    case KindRole:
        return r.kind;
    case Qt::DisplayRole:
    case KindLabelRole:
        return codeLabel(CodeTable::PartKind, r.kind, Language::isEnglish());
    case SizeTextRole:
        return r.sizeText;
    case AreaTextRole:
        return QString::fromStdString(measure::formatDm2(r.areaDm2));
    case RuleTextRole:
        return r.ruleText;
    case StaleRole:
        return r.stale;
    default:
        return {};
    }
}

QHash<int, QByteArray> PartListModel::roleNames() const {
    return {{PartIdRole, "partId"},       {FloorRole, "floor"},       {KindRole, "kind"},
            {KindLabelRole, "kindLabel"}, {SizeTextRole, "sizeText"}, {AreaTextRole, "areaText"},
            {RuleTextRole, "ruleText"},   {StaleRole, "stale"}};
}

} // namespace survey::app
