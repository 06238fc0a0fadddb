// SPDX-License-Identifier: Apache-2.0
#include "households/code_list_model.h"

#include "app/language.h"

namespace survey::app {

CodeListModel::CodeListModel(QObject* parent) : QAbstractListModel(parent) {
    if (auto* language = Language::instance())
        connect(language, &Language::codeChanged, this, &CodeListModel::reload);
}

void CodeListModel::setTable(const QString& name) {
    if (name == tableName_)
        return;
    tableName_ = name;
    table_ = codeTableFromName(name);
    if (!table_)
        qWarning("CodeListModel: unknown table %s", qPrintable(name));
    reload();
    emit tableChanged();
}

void CodeListModel::setAnyLabel(const QString& label) {
    if (label == anyLabel_)
        return;
    anyLabel_ = label;
    reload();
    emit anyLabelChanged();
}

void CodeListModel::reload() {
    beginResetModel();
    entries_ = table_ ? codeEntries(*table_, Language::isEnglish()) : QList<CodeEntry>{};
    if (!anyLabel_.isEmpty())
        entries_.prepend({QString(), anyLabel_});
    endResetModel();
}

int CodeListModel::indexOf(const QString& code) const {
    for (qsizetype i = 0; i < entries_.size(); ++i)
        if (entries_[i].code == code)
            return static_cast<int>(i);
    return -1;
}

QString CodeListModel::labelFor(const QString& code) const {
    return table_ ? codeLabel(*table_, code, Language::isEnglish()) : code;
}

int CodeListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : count();
}

QVariant CodeListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& e = entries_[index.row()];
    switch (role) {
    case CodeRole:
        return e.code;
    case Qt::DisplayRole:
    case LabelRole:
        return e.label;
    default:
        return {};
    }
}

QHash<int, QByteArray> CodeListModel::roleNames() const {
    return {{CodeRole, "code"}, {LabelRole, "label"}};
}

} // namespace survey::app
