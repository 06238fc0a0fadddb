// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QUrl>

// Q_PROPERTY of Session* needs the complete type in moc's output.
Q_MOC_INCLUDE("session/session.h")

namespace survey::app {

class Session;

/// Adds photos to a household: from the camera's captured file or imported from a file
/// where there is no camera. Each is stamped with the time now, the household's code and
/// the session's current fix when the project's position policy accepts it, stored once by
/// the photo library and recorded for sync.
class PhotoTaker : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(survey::app::Session* session MEMBER session_ NOTIFY inputChanged)
    Q_PROPERTY(QString householdId MEMBER householdId_ NOTIFY inputChanged)
    /// Photo category code (facade, interior, document …).
    Q_PROPERTY(QString category MEMBER category_ NOTIFY inputChanged)
    /// The building, part, item or member shown; empty for the household itself.
    Q_PROPERTY(QString subjectId MEMBER subjectId_ NOTIFY inputChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)

  public:
    explicit PhotoTaker(QObject* parent = nullptr);

    QString errorText() const { return errorText_; }

    /// Imports an image file the surveyor picked; the file itself is left as it is.
    Q_INVOKABLE bool importFile(const QUrl& file);
    /// Takes over a photo the camera saved: stored in the library, then the camera's copy is
    /// deleted, so that the photo exists once on the tablet.
    Q_INVOKABLE bool addCapturedFile(const QString& path);

  signals:
    void inputChanged();
    void errorTextChanged();
    /// A photo was stored and recorded.
    void added(const QString& photoId);

  private:
    bool add(const QString& path);
    void setError(const QString& text);

    QPointer<Session> session_;
    QString householdId_, category_ = QStringLiteral("facade"), subjectId_, errorText_;
};

} // namespace survey::app
