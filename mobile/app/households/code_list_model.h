// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "households/code_labels.h"

#include <QAbstractListModel>
#include <QQmlEngine>

namespace survey::app {

/// The choices of one shared code table for a ComboBox (textRole "label", valueRole
/// "code"), relabelled when the UI language changes.
class CodeListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    /// "tenure", "use", "landType", "structure", "relation", "status", "recognition",
    /// "partKind" or "photoCategory".
    Q_PROPERTY(QString table READ table WRITE setTable NOTIFY tableChanged)
    /// When set, a first row with code "" and this label, for filters ("全部状态").
    Q_PROPERTY(QString anyLabel READ anyLabel WRITE setAnyLabel NOTIFY anyLabelChanged)
    Q_PROPERTY(int count READ count NOTIFY tableChanged)

  public:
    enum Role { CodeRole = Qt::UserRole + 1, LabelRole };

    explicit CodeListModel(QObject* parent = nullptr);

    QString table() const { return tableName_; }
    void setTable(const QString& name);
    QString anyLabel() const { return anyLabel_; }
    void setAnyLabel(const QString& label);
    int count() const { return static_cast<int>(entries_.size()); }

    /// Row of `code`, or -1 (ComboBox.currentIndex for "nothing chosen").
    Q_INVOKABLE int indexOf(const QString& code) const;
    /// The label of `code` in this table, or the code itself when unknown.
    Q_INVOKABLE QString labelFor(const QString& code) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

  signals:
    void tableChanged();
    void anyLabelChanged();

  private:
    void reload();

    QString tableName_, anyLabel_;
    std::optional<CodeTable> table_;
    QList<CodeEntry> entries_;
};

} // namespace survey::app
