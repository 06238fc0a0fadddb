// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "photos/photo_library.h"
#include "session/session_list_model.h"

#include <QQmlEngine>

namespace survey::app {

/// The gallery of one household: its photos, oldest first, each with its file, category,
/// subject, capture time, position and whether the server has it yet.
class PhotoListModel : public SessionListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString householdId READ householdId WRITE setHouseholdId NOTIFY householdIdChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    /// Photos the server does not hold yet.
    Q_PROPERTY(int pendingUploads READ pendingUploads NOTIFY countChanged)

  public:
    enum Role {
        PhotoIdRole = Qt::UserRole + 1,
        SourceRole,
        CategoryLabelRole,
        TakenAtRole,
        PositionTextRole,
        UploadedRole,
        SubjectLabelRole, ///< what it shows: the household, a building, part, item, member
        TakenAtFullRole,  ///< to the second, as the viewer shows it
        CoordinatesRole,  ///< "28.194080, 112.973300"; empty without a fix
        AccuracyTextRole, ///< "±4.0 m"; empty without a fix
    };

    explicit PhotoListModel(QObject* parent = nullptr);

    QString householdId() const { return householdId_; }
    void setHouseholdId(const QString& id);
    int count() const { return static_cast<int>(rows_.size()); }
    int pendingUploads() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

  signals:
    void householdIdChanged();
    void countChanged();

  private:
    void reload() override;
    QString householdId_;
    QList<device::PhotoSummary> rows_;
    QStringList subjects_; ///< PhotoSubject::label of each row, read once per reload
};

} // namespace survey::app
