// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "photos/photo_library.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QQmlEngine>
#include <QQmlParserStatus>

// Q_PROPERTY of Session* needs the complete type in moc's output.
Q_MOC_INCLUDE("session/session.h")

namespace survey::app {

class Session;

/// The gallery of one household: its photos, oldest first, each with its file, category,
/// capture time, position and whether the server has it yet.
class PhotoListModel : public QAbstractListModel, public QQmlParserStatus {
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_PROPERTY(survey::app::Session* session READ session WRITE setSession NOTIFY sessionChanged)
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
    };

    explicit PhotoListModel(QObject* parent = nullptr);

    Session* session() const { return session_; }
    void setSession(Session* session);
    QString householdId() const { return householdId_; }
    void setHouseholdId(const QString& id);
    int count() const { return static_cast<int>(rows_.size()); }
    int pendingUploads() const;

    Q_INVOKABLE void refresh();

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void classBegin() override {}
    void componentComplete() override;

  signals:
    void sessionChanged();
    void householdIdChanged();
    void countChanged();

  private:
    QPointer<Session> session_;
    QMetaObject::Connection recordsConnection_;
    bool complete_ = false;
    QString householdId_;
    QList<device::PhotoSummary> rows_;
};

} // namespace survey::app
