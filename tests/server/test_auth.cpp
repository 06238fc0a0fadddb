// SPDX-License-Identifier: Apache-2.0
// Passwords, tokens (expiry with an injected clock, revocation per device), login throttling.
#include "auth/login_service.h"
#include "auth/password_hash.h"
#include "auth/token_service.h"
#include "server_test_support.h"

#include <QtTest>

using namespace survey;
using namespace survey::server::auth;
using errors::ApiError;
using errors::ErrorCode;

namespace {
ErrorCode codeOf(const std::variant<TokenOwner, ApiError>& checked) {
    return std::holds_alternative<ApiError>(checked) ? std::get<ApiError>(checked).code
                                                     : ErrorCode::Internal;
}

LoginAttempt attempt(const std::string& user, const std::string& password, std::int64_t now,
                     const std::string& address = "10.0.0.1") {
    return {{user, password, "tablet-1"}, address, now, 3600};
}
} // namespace

class TestAuth : public QObject {
    Q_OBJECT
  private slots:
    void passwordHashRoundTrip() {
        const std::string hash = hashPassword("正确的密码 horse");
        QVERIFY(hash.starts_with("scrypt$32768$8$1$"));
        QVERIFY(verifyPassword("正确的密码 horse", hash));
        QVERIFY(!verifyPassword("正确的密码 horsE", hash));
        QVERIFY(!verifyPassword("", hash));
        // A fresh salt every time: the same password never hashes the same.
        QVERIFY(hashPassword("正确的密码 horse") != hash);
    }

    void malformedHashesNeverMatch() {
        for (const char* bad :
             {"", "scrypt", "plain$x", "scrypt$3$8$1$00$00", "scrypt$32768$8$1$zz$00",
              "scrypt$4294967296$8$1$00$00", "bcrypt$32768$8$1$0011$0011"})
            QVERIFY2(!verifyPassword("x", bad), bad);
    }

    void passwordLengthCountsCharacters() {
        QCOMPARE(utf8Length("abc"), std::size_t(3));
        QCOMPARE(utf8Length("调查员密码"), std::size_t(5));
    }

    void shortPasswordsAreRefused() {
        ServerTestWorld w;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 addUser(w.db(), {"bob", "", "1234567", Role::Surveyor, {}}, "t"));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 addUser(w.db(), {"bob", "", "", Role::Surveyor, {}}, "t"));
        QVERIFY_THROWS_EXCEPTION(
            std::invalid_argument,
            addUser(w.db(), {"bob", "", "long enough", Role::Surveyor, {"NOPE"}}, "t"));
        QCOMPARE(w.count("users"), 1); // the world's surveyor only
    }

    void tokenExpiresWithTheClock() {
        ServerTestWorld w;
        const std::int64_t t0 = 1'700'000'000;
        const auto token = issueToken(w.db(), w.surveyorId(), "tablet-1", t0, 1);
        QCOMPARE(token.token.size(), std::size_t(64)); // 32 random bytes in hex
        QCOMPARE(token.expiresAt, t0 + 1);
        auto owner = checkToken(w.db(), token.token, t0);
        QVERIFY(std::holds_alternative<TokenOwner>(owner));
        QCOMPARE(std::get<TokenOwner>(owner).userId, w.surveyorId());
        QCOMPARE(codeOf(checkToken(w.db(), token.token, t0 + 1)), ErrorCode::TokenExpired);
        QCOMPARE(codeOf(checkToken(w.db(), "not-a-token", t0)), ErrorCode::Unauthorized);
    }

    void onlyTheTokensHashIsStored() {
        ServerTestWorld w;
        const auto token = issueToken(w.db(), w.surveyorId(), "tablet-1", 1000, 60);
        auto q = w.db().prepare("SELECT token_sha256 FROM tokens");
        QVERIFY(q.step());
        QVERIFY(q.getText(0) != token.token);
        QCOMPARE(q.getText(0).size(), std::size_t(64));
    }

    void revocationIsPerDevice() {
        ServerTestWorld w;
        const auto a = issueToken(w.db(), w.surveyorId(), "tablet-a", 1000, 600);
        const auto b = issueToken(w.db(), w.surveyorId(), "tablet-b", 1000, 600);
        QCOMPARE(revokeDeviceAccess(w.db(), w.surveyorId(), "tablet-a", "test"), 1);
        QCOMPARE(codeOf(checkToken(w.db(), a.token, 1001)), ErrorCode::Unauthorized);
        QVERIFY(std::holds_alternative<TokenOwner>(checkToken(w.db(), b.token, 1001)));
        // A new login on a device replaces that device's previous token.
        const auto b2 = issueToken(w.db(), w.surveyorId(), "tablet-b", 1002, 600);
        QCOMPARE(codeOf(checkToken(w.db(), b.token, 1003)), ErrorCode::Unauthorized);
        QVERIFY(std::holds_alternative<TokenOwner>(checkToken(w.db(), b2.token, 1003)));
    }

    void loginAnswersAlikeForUnknownUsersAndWrongPasswords() {
        ServerTestWorld w;
        LoginThrottle throttle;
        auto wrong = login(w.db(), throttle, attempt("surveyor", "wrong-password", 1000));
        auto unknown = login(w.db(), throttle, attempt("nobody", "wrong-password", 1000));
        QVERIFY(std::holds_alternative<LoginRefusal>(wrong));
        QVERIFY(std::holds_alternative<LoginRefusal>(unknown));
        const auto& a = std::get<LoginRefusal>(wrong).error;
        const auto& b = std::get<LoginRefusal>(unknown).error;
        QCOMPARE(a.code, ErrorCode::Unauthorized);
        QCOMPARE(a.message, b.message);
        auto ok = login(w.db(), throttle, attempt("surveyor", "password-1", 1000));
        QVERIFY(std::holds_alternative<LoginSuccess>(ok));
        QCOMPARE(std::get<LoginSuccess>(ok).token.expiresAt, 1000 + 3600);
        auto q = w.db().prepare("SELECT action FROM audit_log WHERE action LIKE 'auth.login.%'"
                                " ORDER BY seq");
        QStringList actions;
        while (q.step())
            actions << QString::fromStdString(q.getText(0));
        QCOMPARE(actions,
                 (QStringList{"auth.login.failure", "auth.login.failure", "auth.login.success"}));
    }

    void throttleBlocksRepeatedGuessesPerAddressAndName() {
        LoginThrottle throttle({3, 5, 60});
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(throttle.retryAfter("1.1.1.1", "alice", 100), 0);
            throttle.recordFailure("1.1.1.1", "alice", 100);
        }
        QCOMPARE(throttle.retryAfter("1.1.1.1", "alice", 110), 50);
        // Others are not locked out by a stranger guessing at alice's name.
        QCOMPARE(throttle.retryAfter("2.2.2.2", "alice", 110), 0);
        QCOMPARE(throttle.retryAfter("1.1.1.1", "bob", 110), 0);
        // The window ends.
        QCOMPARE(throttle.retryAfter("1.1.1.1", "alice", 160), 0);
        // Many names from one address hit the per-address limit.
        for (const char* name : {"u1", "u2", "u3", "u4", "u5"})
            throttle.recordFailure("3.3.3.3", name, 200);
        QVERIFY(throttle.retryAfter("3.3.3.3", "u6", 201) > 0);
    }

    void throttledLoginIsRateLimited() {
        ServerTestWorld w;
        LoginThrottle throttle({2, 10, 300});
        login(w.db(), throttle, attempt("surveyor", "bad-guess-1", 1000));
        login(w.db(), throttle, attempt("surveyor", "bad-guess-2", 1000));
        auto refused = login(w.db(), throttle, attempt("surveyor", "password-1", 1001));
        QVERIFY(std::holds_alternative<LoginRefusal>(refused));
        QCOMPARE(std::get<LoginRefusal>(refused).error.code, ErrorCode::RateLimited);
        QCOMPARE(std::get<LoginRefusal>(refused).retryAfter, 299);
    }
};

QTEST_APPLESS_MAIN(TestAuth)
#include "test_auth.moc"
