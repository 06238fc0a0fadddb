// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;

namespace survey::storage {

/// Any failure reported by SQLite; the message carries SQLite's own text.
class DbError : public std::runtime_error {
  public:
    DbError(int code, const std::string& what) : std::runtime_error(what), code_(code) {}
    int code() const { return code_; }

  private:
    int code_;
};

/// A prepared statement; bind by 1-based index, step, read columns by 0-based index.
class Statement {
  public:
    Statement(sqlite3* db, std::string_view sql);
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&&) = delete;
    Statement(const Statement&) = delete;

    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, std::string_view text);
    Statement& bind(int index, const char* text) { return bind(index, std::string_view(text)); }
    Statement& bind(int index, const std::string& text) {
        return bind(index, std::string_view(text));
    }
    /// bind() without SQLite's own copy of the text, for the inserts a push runs per change:
    /// the text must stay alive and unchanged until the statement has been stepped.
    Statement& bindView(int index, std::string_view text);
    Statement& bindBlob(int index, const void* data, int size);
    Statement& bindNull(int index);
    template <typename T> Statement& bind(int index, const std::optional<T>& value) {
        return value ? bind(index, *value) : bindNull(index);
    }

    /// Advances; true while a row is available.
    bool step();
    /// Runs a statement that returns no rows.
    void run();
    void reset();

    int columnCount() const;
    bool isNull(int col) const;
    std::int64_t getInt(int col) const;
    double getDouble(int col) const;
    std::string getText(int col) const;
    /// The column's text without a copy: valid until the statement steps or is reset.
    std::string_view textView(int col) const;
    std::string columnName(int col) const;
    /// SQLITE_INTEGER, SQLITE_FLOAT, SQLITE_TEXT, SQLITE_BLOB or SQLITE_NULL.
    int columnType(int col) const;

  private:
    friend class Database;
    // A statement lent by its connection's cache: reset and handed back when done.
    Statement(sqlite3* db, sqlite3_stmt* lent, bool* lentFlag)
        : db_(db), stmt_(lent), lent_(lentFlag) {}

    sqlite3* db_;
    sqlite3_stmt* stmt_;
    bool* lent_ = nullptr;
};

/// One SQLite connection (WAL, foreign keys on, busy timeout), owned.
class Database {
  public:
    static Database open(const std::string& path);
    ~Database();
    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;
    Database(const Database&) = delete;

    void exec(std::string_view sql);
    Statement prepare(std::string_view sql) { return Statement(db_, sql); }
    /// Like prepare, but the statement stays prepared on this connection and the next call
    /// with the same SQL gets it again, reset: for the queries every request runs
    /// (authentication, project access, pulls), where parsing the SQL cost more than running
    /// it. If that statement is still in use, a fresh one is prepared.
    Statement prepareCached(std::string_view sql);
    std::int64_t lastInsertRowId() const;
    int changes() const;
    sqlite3* handle() const { return db_; }

  private:
    struct CachedStatement {
        sqlite3_stmt* stmt = nullptr;
        bool lent = false;
    };
    explicit Database(sqlite3* db) : db_(db) {}
    void close();

    sqlite3* db_ = nullptr;
    // Node-based: a lent statement's flag keeps its address when the map moves or grows.
    // Looked up by the caller's view of the SQL, without building a string for each call.
    struct SqlHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view sql) const {
            return std::hash<std::string_view>{}(sql);
        }
    };
    std::unordered_map<std::string, CachedStatement, SqlHash, std::equal_to<>> cache_;
};

/// BEGIN IMMEDIATE on construction, ROLLBACK on destruction unless commit() ran, so an
/// exception anywhere in a batch leaves nothing half-applied.
class Transaction {
  public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    void commit();

  private:
    Database& db_;
    bool done_ = false;
};

/// One read transaction around the queries of a request that only reads: they see one
/// snapshot of the database, and the connection takes the WAL's read lock once instead of
/// once per statement (each is a lock and an unlock of the shared-memory file, two system
/// calls; a pull ran five such statements). Ended on destruction.
class ReadSnapshot {
  public:
    explicit ReadSnapshot(Database& db);
    ~ReadSnapshot();
    ReadSnapshot(const ReadSnapshot&) = delete;

  private:
    Database& db_;
};

} // namespace survey::storage
