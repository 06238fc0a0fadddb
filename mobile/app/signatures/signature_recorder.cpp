// SPDX-License-Identifier: Apache-2.0
#include "signatures/signature_recorder.h"

#include "app/record_fields.h"
#include "notices/registration_form.h"
#include "session/session.h"
#include "signatures/signature_pad.h"
#include "store/durable_file.h"
#include "store/local_store.h"
#include "survey/hashing/sha256.h"
#include "survey/households/codes.h"
#include "survey/households/household_record.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <sqlite3.h>
#include <stdexcept>

namespace survey::app {

namespace {
const QStringList kRoles = {QStringLiteral("head"), QStringLiteral("member"),
                            QStringLiteral("surveyor"), QStringLiteral("witness")};
constexpr auto kSignedStatus = "signed"; // 已签字

households::HouseholdRecord loadOrThrow(device::LocalStore& store, const QString& id) {
    auto household = households::loadHousehold(store.db(), id.toStdString());
    if (!household)
        throw std::invalid_argument(
            SignatureRecorder::tr("The household is not on this tablet.").toStdString());
    return *household;
}
} // namespace

SignatureRecorder::SignatureRecorder(QObject* parent) : QObject(parent) {}

void SignatureRecorder::setSession(Session* session) {
    if (session == session_)
        return;
    session_ = session;
    emit sessionChanged();
}

void SignatureRecorder::setHouseholdId(const QString& id) {
    if (id == householdId_)
        return;
    householdId_ = id;
    setError({});
    emit householdIdChanged();
}

bool SignatureRecorder::check(const QString& signerName, SignaturePad* pad) {
    if (!session_ || householdId_.isEmpty())
        return false;
    if (signerName.trimmed().isEmpty()) {
        setError(tr("Enter the signer's name."));
        return false;
    }
    if (!pad || pad->empty()) {
        setError(tr("Sign on the pad first."));
        return false;
    }
    return true;
}

bool SignatureRecorder::sign(const QString& role, const QString& signerName, SignaturePad* pad) {
    if (!kRoles.contains(role)) {
        setError(tr("Unknown signer role %1.").arg(role));
        return false;
    }
    if (!check(signerName, pad))
        return false;
    try {
        saveSignature(role, signerName, *pad);
        // The head's confirmation is what makes the household signed (domain.md §7).
        if (role == QLatin1String("head"))
            setHouseholdFields({{"status", kSignedStatus}});
    } catch (const std::exception& e) {
        setError(tr("Not saved: %1").arg(QString::fromUtf8(e.what())));
        return false;
    }
    pad->clear();
    setError({});
    session_->notifyRecordsChanged();
    emit recorded();
    return true;
}

bool SignatureRecorder::recordRefusal(const QString& kind, const QString& reason,
                                      const QString& witnessName, SignaturePad* witnessPad) {
    if (kind != QLatin1String("refused") && kind != QLatin1String("absent")) {
        setError(tr("Unknown refusal kind %1.").arg(kind));
        return false;
    }
    if (reason.trimmed().isEmpty()) {
        setError(tr("Enter the reason."));
        return false;
    }
    // Art. 9 of the valuation rules: without the household, a disinterested witness signs.
    if (witnessName.trimmed().isEmpty() || !witnessPad || witnessPad->empty()) {
        setError(tr("A witness must sign before the refusal is recorded."));
        return false;
    }
    if (!check(witnessName, witnessPad))
        return false;
    try {
        const auto household = loadOrThrow(session_->store(), householdId_);
        // The note is part of the record the office prints, so it is in Chinese whatever
        // the UI language: the status label from the shared table, then the reason.
        const auto label = households::labelFor(households::statusCodes(), utf8(kind));
        QString notes = QString::fromStdString(household.notes);
        if (!notes.isEmpty())
            notes += QLatin1Char('\n');
        notes += QString::fromUtf8(label.data(), static_cast<qsizetype>(label.size())) +
                 QStringLiteral("：") + reason.trimmed();
        // The reason first, so that the witness's signature covers it.
        setHouseholdFields({{"notes", utf8(notes)}});
        saveSignature(QStringLiteral("witness"), witnessName, *witnessPad);
        setHouseholdFields({{"status", utf8(kind)}});
    } catch (const std::exception& e) {
        setError(tr("Not saved: %1").arg(QString::fromUtf8(e.what())));
        return false;
    }
    witnessPad->clear();
    setError({});
    session_->notifyRecordsChanged();
    emit recorded();
    return true;
}

void SignatureRecorder::saveSignature(const QString& role, const QString& signerName,
                                      SignaturePad& pad) {
    auto& store = session_->store();
    const auto household = loadOrThrow(store, householdId_);
    lastPngPath_ = storePng(pad.pngBytes());
    const nlohmann::json fields = {
        {"household_id", utf8(householdId_)},
        {"role", utf8(role)},
        {"signer_name", utf8(signerName.trimmed())},
        {"signed_at", utf8(QDateTime::currentDateTimeUtc().toString(Qt::ISODate))},
        {"signed_hash", notices::formContentHash(household)},
        {"strokes_sha256", utf8(pad.strokesSha256())},
    };
    store.save(QString::fromStdString(household.projectId), QStringLiteral("signature"), {},
               fields);
}

void SignatureRecorder::setHouseholdFields(const nlohmann::json& fields) {
    auto& store = session_->store();
    const auto record = store.read(QStringLiteral("household"), householdId_);
    if (!record)
        throw std::invalid_argument(tr("The household is not on this tablet.").toStdString());
    store.save(QString::fromStdString(record->projectId), QStringLiteral("household"), householdId_,
               changedFields(record->fields, fields));
}

QString SignatureRecorder::storePng(const QByteArray& png) {
    // The store's directory is the app's data directory (--data).
    const char* dbFile = sqlite3_db_filename(session_->store().db().handle(), "main");
    const QDir blobs(QFileInfo(QString::fromUtf8(dbFile)).dir().filePath(QStringLiteral("blobs")));
    if (!blobs.mkpath(QStringLiteral(".")))
        throw std::runtime_error("cannot create " + blobs.path().toStdString());
    const std::string sha = hashing::sha256Hex(std::string_view(png.constData(), png.size()));
    const QString path = blobs.filePath(QString::fromStdString(sha));
    // Content-addressed: an existing file with this name already holds these bytes.
    if (QFile::exists(path))
        return path;
    // The blobs folder too, which the first signature may have made.
    device::writeFileDurably(path, png, QFileInfo(QString::fromUtf8(dbFile)).absolutePath());
    return path;
}

void SignatureRecorder::setError(const QString& text) {
    if (text == error_)
        return;
    error_ = text;
    emit errorChanged();
}

} // namespace survey::app
