// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QQmlParserStatus>
#include <QStringList>
#include <QVariantList>

// Q_PROPERTY of Session* needs the complete type in moc's output.
Q_MOC_INCLUDE("session/session.h")

namespace survey::app {

class Session;

/// The household's registration form (房屋调查登记表) as the household reads it before
/// signing (调查结果确认): the pages painted by the notices' own renderer as an unissued
/// draft, i.e. exactly what the office will issue, the content hash that signatures bind
/// to, and the signatures so far, each marked stale when the content changed after it.
/// Re-renders whenever the session reports saved records.
class FormReview : public QObject, public QQmlParserStatus {
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_PROPERTY(survey::app::Session* session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QString householdId READ householdId WRITE setHouseholdId NOTIFY householdIdChanged)
    /// Resolution of the page images; 110 dpi reads well on a 10" tablet.
    Q_PROPERTY(int dpi READ dpi WRITE setDpi NOTIFY householdIdChanged)
    /// image:// URLs of the pages, in order.
    Q_PROPERTY(QStringList pageSources READ pageSources NOTIFY formChanged)
    Q_PROPERTY(QString householdCode READ householdCode NOTIFY formChanged)
    Q_PROPERTY(QString headName READ headName NOTIFY formChanged)
    /// The full content hash (SHA-256) that a signature made now binds to.
    Q_PROPERTY(QString contentHash READ contentHash NOTIFY formChanged)
    /// Its first 16 digits in groups of four, for people to compare with the footer.
    Q_PROPERTY(QString shortHash READ shortHash NOTIFY formChanged)
    Q_PROPERTY(QString status READ status NOTIFY formChanged)
    /// [{role, roleLabel, signerName, signedAt, signedHash, stale}] in the order signed.
    Q_PROPERTY(QVariantList signatures READ signatures NOTIFY formChanged)
    /// The head (户主) has a signature that is not stale.
    Q_PROPERTY(bool headSigned READ headSigned NOTIFY formChanged)

  public:
    explicit FormReview(QObject* parent = nullptr);

    Session* session() const { return session_; }
    void setSession(Session* session);
    QString householdId() const { return householdId_; }
    void setHouseholdId(const QString& id);
    int dpi() const { return dpi_; }
    void setDpi(int dpi);
    QStringList pageSources() const { return pageSources_; }
    QString householdCode() const { return householdCode_; }
    QString headName() const { return headName_; }
    QString contentHash() const { return contentHash_; }
    QString shortHash() const;
    QString status() const { return status_; }
    QVariantList signatures() const { return signatures_; }
    bool headSigned() const;

    /// Renders the form again from the local store.
    Q_INVOKABLE void refresh();

    /// The label of a signature role (户主, 家庭成员, 调查员, 见证人) in the UI language.
    Q_INVOKABLE static QString roleLabel(const QString& role);

    void classBegin() override;
    void componentComplete() override;

  signals:
    void sessionChanged();
    void householdIdChanged();
    void formChanged();

  private:
    QPointer<Session> session_;
    QMetaObject::Connection recordsConnection_;
    bool complete_ = false;
    QString householdId_;
    int dpi_ = 110;
    QStringList pageSources_;
    QString householdCode_, headName_, contentHash_, status_;
    QVariantList signatures_;
};

} // namespace survey::app
