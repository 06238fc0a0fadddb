// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "store/local_store.h"

#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QTemporaryDir>
#include <memory>

namespace survey::device::test {

/// A valid GB 11643 ID number (the standard's own example, lower-case x as typed).
inline constexpr const char* kValidIdNumber = "11010519491231002x";

/// A LocalStore in a temporary directory with one project "p1" (code DJB) registered.
struct TempStore {
    QTemporaryDir dir;
    std::unique_ptr<LocalStore> store;

    TempStore();
    QString path() const { return dir.filePath(QStringLiteral("device.db")); }
    /// Closes and reopens the database, as a restarted app would.
    void reopen();
    /// Rows in the outbox, any state.
    int outboxRows();
    /// Live plus deleted rows of a record table.
    int rows(const char* table);
};

/// A self-signed certificate and its key, made by the openssl tool for this run only.
struct TestCertificate {
    QSslCertificate certificate;
    QSslKey key;
    bool ok() const { return !certificate.isNull() && !key.isNull(); }
};

/// Makes a fresh self-signed certificate for 127.0.0.1 in `dir` with the openssl tool.
TestCertificate makeSelfSignedCertificate(const QString& dir);

} // namespace survey::device::test

/// QCOMPARE for JSON values (QCOMPARE itself cannot take nlohmann::json: its conversions
/// make the overload set ambiguous); prints both sides on failure.
#define SURVEY_COMPARE_JSON(actual, expected)                                                      \
    do {                                                                                           \
        const nlohmann::json actual_ = (actual);                                                   \
        const nlohmann::json expected_ = (expected);                                               \
        QVERIFY2(actual_ == expected_, (actual_.dump() + " != " + expected_.dump()).c_str());      \
    } while (false)
