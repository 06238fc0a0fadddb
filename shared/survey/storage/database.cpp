// SPDX-License-Identifier: Apache-2.0
#include "survey/storage/database.h"

#include <sqlite3.h>

namespace survey::storage {

namespace {
[[noreturn]] void fail(sqlite3* db, int rc, std::string_view context) {
    std::string msg(context);
    msg += ": ";
    msg += db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    throw DbError(rc, msg);
}

// SQLite counts every allocation under one process-wide mutex unless told not to; with many
// server threads on one connection each, that mutex was where requests waited (a pull spent
// most of its time in futex waits inside sqlite3Malloc). Nothing here reads the counters.
// It must be set before SQLite initialises; if something else initialised it first, the
// call is refused and SQLite works as before, only slower under contention.
void configureSqliteOnce() {
    static const int refused = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    (void)refused;
}
} // namespace

Statement::Statement(sqlite3* db, std::string_view sql) : db_(db), stmt_(nullptr) {
    int rc = sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &stmt_, nullptr);
    if (rc != SQLITE_OK)
        fail(db, rc, "prepare");
}

Statement::~Statement() {
    if (!lent_) {
        sqlite3_finalize(stmt_);
        return;
    }
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
    *lent_ = false;
}

Statement::Statement(Statement&& other) noexcept
    : db_(other.db_), stmt_(other.stmt_), lent_(other.lent_) {
    other.stmt_ = nullptr;
    other.lent_ = nullptr;
}

Statement& Statement::bind(int index, std::int64_t value) {
    if (int rc = sqlite3_bind_int64(stmt_, index, value); rc != SQLITE_OK)
        fail(db_, rc, "bind");
    return *this;
}

Statement& Statement::bind(int index, double value) {
    if (int rc = sqlite3_bind_double(stmt_, index, value); rc != SQLITE_OK)
        fail(db_, rc, "bind");
    return *this;
}

Statement& Statement::bind(int index, std::string_view text) {
    int rc =
        sqlite3_bind_text64(stmt_, index, text.data(), text.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
    if (rc != SQLITE_OK)
        fail(db_, rc, "bind");
    return *this;
}

Statement& Statement::bindView(int index, std::string_view text) {
    // An empty view may have no data; SQLite would take a null pointer for SQL NULL.
    const char* data = text.data() ? text.data() : "";
    int rc = sqlite3_bind_text64(stmt_, index, data, text.size(), SQLITE_STATIC, SQLITE_UTF8);
    if (rc != SQLITE_OK)
        fail(db_, rc, "bind");
    return *this;
}

Statement& Statement::bindBlob(int index, const void* data, int size) {
    if (int rc = sqlite3_bind_blob(stmt_, index, data, size, SQLITE_TRANSIENT); rc != SQLITE_OK)
        fail(db_, rc, "bind");
    return *this;
}

Statement& Statement::bindNull(int index) {
    if (int rc = sqlite3_bind_null(stmt_, index); rc != SQLITE_OK)
        fail(db_, rc, "bind");
    return *this;
}

bool Statement::step() {
    int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    fail(db_, rc, "step");
}

void Statement::run() {
    while (step()) {
    }
}

void Statement::reset() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
}

int Statement::columnCount() const {
    return sqlite3_column_count(stmt_);
}
bool Statement::isNull(int col) const {
    return sqlite3_column_type(stmt_, col) == SQLITE_NULL;
}
std::int64_t Statement::getInt(int col) const {
    return sqlite3_column_int64(stmt_, col);
}
double Statement::getDouble(int col) const {
    return sqlite3_column_double(stmt_, col);
}
int Statement::columnType(int col) const {
    return sqlite3_column_type(stmt_, col);
}

std::string Statement::getText(int col) const {
    return std::string(textView(col));
}

std::string_view Statement::textView(int col) const {
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, col));
    if (!p)
        return {};
    return {p, static_cast<size_t>(sqlite3_column_bytes(stmt_, col))};
}

std::string Statement::columnName(int col) const {
    return sqlite3_column_name(stmt_, col);
}

Database Database::open(const std::string& path) {
    configureSqliteOnce();
    sqlite3* db = nullptr;
    int rc =
        sqlite3_open_v2(path.c_str(), &db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        std::string msg = "open " + path + ": " + (db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
        sqlite3_close(db);
        throw DbError(rc, msg);
    }
    Database out(db);
    sqlite3_busy_timeout(db, 5000);
    // WAL lets readers (pulls) run beside the one writer (pushes). FULL syncs the WAL at each
    // commit: a push the server answered "applied", or a save the surveyor saw succeed,
    // survives a power cut or a flat battery, not only a killed process (NORMAL's promise).
    // The tablet drops what the server acknowledged, so a commit lost after its answer would
    // be field work lost for good.
    out.exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;");
    return out;
}

Database::~Database() {
    close();
}

void Database::close() {
    for (auto& [sql, cached] : cache_)
        sqlite3_finalize(cached.stmt);
    cache_.clear();
    sqlite3_close_v2(db_);
    db_ = nullptr;
}

Database::Database(Database&& other) noexcept : db_(other.db_), cache_(std::move(other.cache_)) {
    other.db_ = nullptr;
    other.cache_.clear();
}

Database& Database::operator=(Database&& other) noexcept {
    if (this != &other) {
        close();
        db_ = other.db_;
        cache_ = std::move(other.cache_);
        other.db_ = nullptr;
        other.cache_.clear();
    }
    return *this;
}

Statement Database::prepareCached(std::string_view sql) {
    auto it = cache_.find(sql);
    if (it == cache_.end()) {
        sqlite3_stmt* stmt = nullptr;
        const int rc = sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()),
                                          SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
        if (rc != SQLITE_OK)
            fail(db_, rc, "prepare");
        it = cache_.emplace(std::string(sql), CachedStatement{stmt, false}).first;
    } else if (it->second.lent) {
        return prepare(sql);
    }
    auto& cached = it->second;
    cached.lent = true;
    return Statement(db_, cached.stmt, &cached.lent);
}

void Database::exec(std::string_view sql) {
    std::string owned(sql);
    char* err = nullptr;
    int rc = sqlite3_exec(db_, owned.c_str(), nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
        std::string msg = std::string("exec: ") + (err ? err : sqlite3_errstr(rc));
        sqlite3_free(err);
        throw DbError(rc, msg);
    }
}

std::int64_t Database::lastInsertRowId() const {
    return sqlite3_last_insert_rowid(db_);
}
int Database::changes() const {
    return sqlite3_changes(db_);
}

Transaction::Transaction(Database& db) : db_(db) {
    db_.exec("BEGIN IMMEDIATE");
}

Transaction::~Transaction() {
    if (!done_) {
        try {
            db_.exec("ROLLBACK");
        } catch (...) {
            // A failed rollback leaves SQLite to roll back when the connection closes.
        }
    }
}

void Transaction::commit() {
    db_.exec("COMMIT");
    done_ = true;
}

ReadSnapshot::ReadSnapshot(Database& db) : db_(db) {
    db_.prepareCached("BEGIN").run();
}

ReadSnapshot::~ReadSnapshot() {
    // A statement that failed may have ended the transaction already; the pooled connection
    // must go back to autocommit either way.
    if (sqlite3_get_autocommit(db_.handle()))
        return;
    try {
        db_.prepareCached("COMMIT").run();
    } catch (...) {
        sqlite3_exec(db_.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
    }
}

} // namespace survey::storage
