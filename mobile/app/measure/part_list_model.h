// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QAbstractListModel>
#include <QPointer>
#include <QQmlEngine>
#include <QQmlParserStatus>
#include <cstdint>

// Q_PROPERTY of Session* needs the complete type in moc's output.
Q_MOC_INCLUDE("session/session.h")

namespace survey::app {

class Session;

/// The measured parts of one building, by floor, each with its stored area and the rule
/// that gave it, plus the building total (the sum of the parts' rounded areas).
class PartListModel : public QAbstractListModel, public QQmlParserStatus {
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_PROPERTY(survey::app::Session* session READ session WRITE setSession NOTIFY sessionChanged)
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

    Session* session() const { return session_; }
    void setSession(Session* session);
    QString buildingId() const { return buildingId_; }
    void setBuildingId(const QString& id);
    int count() const { return static_cast<int>(rows_.size()); }
    QString totalText() const;
    int lastFloor() const;

    Q_INVOKABLE void refresh();

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void classBegin() override {}
    void componentComplete() override;

  signals:
    void sessionChanged();
    void buildingIdChanged();
    void totalsChanged();

  private:
    struct Row {
        QString id, kind, sizeText, ruleText;
        int floor = 0;
        std::int64_t areaDm2 = 0;
        bool stale = false;
    };

    QPointer<Session> session_;
    QMetaObject::Connection recordsConnection_;
    bool complete_ = false;
    QString buildingId_;
    QList<Row> rows_;
};

} // namespace survey::app
