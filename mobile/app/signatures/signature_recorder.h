// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QString>
#include <nlohmann/json.hpp>

// Q_PROPERTY of Session* and SignaturePad* need the complete types in moc's output.
Q_MOC_INCLUDE("session/session.h")
Q_MOC_INCLUDE("signatures/signature_pad.h")

namespace survey::app {

class Session;
class SignaturePad;

/// Records the 调查结果确认 of one household: a signature bound to the content hash of
/// the registration form as it is now (any later edit makes it stale), with its strokes'
/// hash and a PNG kept under <data dir>/blobs/<sha256>. The head's signature sets the
/// household to 已签字; a refusal (拒签) or absence (无法入户) is recorded only together
/// with a witness's (见证人) signature, and then sets that status.
class SignatureRecorder : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(survey::app::Session* session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QString householdId READ householdId WRITE setHouseholdId NOTIFY householdIdChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    /// The file of the last signature's PNG; empty before the first.
    Q_PROPERTY(QString lastPngPath READ lastPngPath NOTIFY recorded)

  public:
    explicit SignatureRecorder(QObject* parent = nullptr);

    Session* session() const { return session_; }
    void setSession(Session* session);
    QString householdId() const { return householdId_; }
    void setHouseholdId(const QString& id);
    QString error() const { return error_; }
    QString lastPngPath() const { return lastPngPath_; }

    /// Saves the pad's signature for `role` (head, member, surveyor or witness) and clears
    /// the pad; false (and error) when the name or the signature is missing.
    Q_INVOKABLE bool sign(const QString& role, const QString& signerName, SignaturePad* pad);
    /// Records that the household refused to sign (`kind` "refused") or could not be reached
    /// ("absent"): the reason goes into the household's notes, then the witness signs the
    /// form with that reason on it, then the status changes. Nothing is written unless the
    /// reason, the witness's name and the witness's signature are all there.
    Q_INVOKABLE bool recordRefusal(const QString& kind, const QString& reason,
                                   const QString& witnessName, SignaturePad* witnessPad);

  signals:
    void sessionChanged();
    void householdIdChanged();
    void errorChanged();
    /// A signature (or a refusal with its witness) was saved.
    void recorded();

  private:
    bool check(const QString& signerName, SignaturePad* pad);
    void saveSignature(const QString& role, const QString& signerName, SignaturePad& pad);
    void setHouseholdFields(const nlohmann::json& fields);
    QString storePng(const QByteArray& png);
    void setError(const QString& text);

    QPointer<Session> session_;
    QString householdId_, error_, lastPngPath_;
};

} // namespace survey::app
