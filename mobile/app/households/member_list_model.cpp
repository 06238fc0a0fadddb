// SPDX-License-Identifier: Apache-2.0
#include "households/member_list_model.h"

#include "app/language.h"
#include "app/record_fields.h"
#include "households/code_labels.h"
#include "session/session.h"
#include "store/local_store.h"
#include "survey/privacy/masking.h"

namespace survey::app {

MemberListModel::MemberListModel(QObject* parent) : SessionListModel(parent) {
    if (auto* language = Language::instance()) {
        connect(language, &Language::codeChanged, this, [this] {
            if (!rows_.isEmpty())
                emit dataChanged(index(0), index(count() - 1), {RelationLabelRole});
        });
    }
}

void MemberListModel::setHouseholdId(const QString& id) {
    setInput(this, householdId_, id, &MemberListModel::householdIdChanged);
}

void MemberListModel::reload() {
    QList<Row> rows;
    if (session() && !householdId_.isEmpty()) {
        for (const auto& r : session()->store().children(QStringLiteral("member"), householdId_)) {
            rows.append({QString::fromStdString(r.id), textField(r.fields, "name"),
                         textField(r.fields, "relation"), textField(r.fields, "id_number"),
                         textField(r.fields, "phone"), textField(r.fields, "circumstances")});
        }
    }
    const bool countChanges = rows.size() != rows_.size();
    beginResetModel();
    rows_ = std::move(rows);
    endResetModel();
    if (countChanges)
        emit countChanged();
}

int MemberListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : count();
}

QVariant MemberListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rows_.size())
        return {};
    const Row& row = rows_.at(index.row());
    switch (role) {
    case MemberIdRole:
        return row.id;
    case NameRole:
        return row.name;
    case RelationLabelRole:
        return row.relation.isEmpty()
                   ? QString()
                   : codeLabel(CodeTable::Relation, row.relation, Language::isEnglish());
    case MaskedIdNumberRole:
        return QString::fromStdString(privacy::maskIdNumber(row.idNumber.toStdString()));
    case MaskedPhoneRole:
        return QString::fromStdString(privacy::maskPhone(row.phone.toStdString()));
    case CircumstancesRole:
        return row.circumstances;
    default:
        return {};
    }
}

QHash<int, QByteArray> MemberListModel::roleNames() const {
    return {{MemberIdRole, "memberId"},           {NameRole, "name"},
            {RelationLabelRole, "relationLabel"}, {MaskedIdNumberRole, "maskedIdNumber"},
            {MaskedPhoneRole, "maskedPhone"},     {CircumstancesRole, "circumstances"}};
}

} // namespace survey::app
