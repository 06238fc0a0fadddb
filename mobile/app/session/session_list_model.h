// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QAbstractListModel>
#include <QPointer>
#include <QQmlEngine>
#include <QQmlParserStatus>

// Q_PROPERTY of Session* needs the complete type in moc's output.
Q_MOC_INCLUDE("session/session.h")

namespace survey::app {

class Session;

/// A list read from the session's local store: it reloads when the session reports saved
/// or synced records and when one of its inputs changes, but not before QML has set all
/// of them (a reload with half the inputs would query for nothing).
class SessionListModel : public QAbstractListModel, public QQmlParserStatus {
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ANONYMOUS
    Q_PROPERTY(survey::app::Session* session READ session WRITE setSession NOTIFY sessionChanged)

  public:
    using QAbstractListModel::QAbstractListModel;

    Session* session() const { return session_; }
    void setSession(Session* session);

    /// Reads the rows again from the local store.
    Q_INVOKABLE void refresh();

    void classBegin() override {}
    void componentComplete() override;

  signals:
    void sessionChanged();

  protected:
    /// The subclass's rows from the store; called only once QML has set every input.
    virtual void reload() = 0;

    /// For an input property's setter: stores `value` and, when it changed, emits `changed`
    /// and reloads.
    template <typename Self, typename T>
    void setInput(Self* self, T& input, const T& value, void (Self::*changed)()) {
        if (input == value)
            return;
        input = value;
        emit(self->*changed)();
        refresh();
    }

  private:
    QPointer<Session> session_;
    QMetaObject::Connection recordsConnection_;
    bool complete_ = false;
};

} // namespace survey::app
