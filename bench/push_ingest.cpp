// SPDX-License-Identifier: Apache-2.0
// Pushes 100,000 realistic survey records through the real push service, in batches of 2,000
// (a tablet's sync engine sends 500; --batch N measures that), and compares with raw SQLite inserts
// of exactly the rows that push wrote (records, change log, receipts, audit chain) in one
// transaction with the same PRAGMAs. A second figure pushes the same batches over HTTPS to the real
// survey-server.
#include "bench_support.h"
#include "common/utc_time.h"
#include "storage/data_directory.h"
#include "storage/wal_checkpointer.h"
#include "sync/push_service.h"

#include <httplib.h>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sqlite3.h>
#include <variant>

using namespace survey;
using namespace survey::bench;
namespace fs = std::filesystem;

namespace {
constexpr std::size_t kDefaultBatchSize = 2000;
// Every table a push writes, parents before children.
constexpr const char* kPushedTables[] = {"households",    "members",   "buildings",
                                         "parts",         "items",     "change_log",
                                         "push_receipts", "audit_log", "conflicts"};

using Value = std::variant<std::nullptr_t, sqlite3_int64, double, std::string>;
struct TableRows {
    std::string insertSql;
    std::vector<std::vector<Value>> rows;
};

std::vector<std::vector<sync::Change>> batchesOf(std::vector<sync::Change> changes,
                                                 std::size_t batchSize) {
    std::vector<std::vector<sync::Change>> batches;
    for (std::size_t i = 0; i < changes.size(); i += batchSize)
        batches.emplace_back(
            std::make_move_iterator(changes.begin() + i),
            std::make_move_iterator(changes.begin() + std::min(changes.size(), i + batchSize)));
    return batches;
}

void requireAllApplied(const sync::PushResponse& response) {
    for (const auto& r : response.results)
        if (r.status != sync::ChangeStatus::Applied)
            throw std::runtime_error("change " + r.changeId + " was " +
                                     std::string(sync::statusName(r.status)) + ": " +
                                     (r.error ? r.error->message : std::string()));
}

double pushInProcess(const fs::path& dataDir, const SeededProject& seeded,
                     const std::vector<std::vector<sync::Change>>& batches) {
    const server::DataDirectory dir(dataDir);
    server::WalCheckpointer checkpointer(dir); // as the server runs beside its connections
    auto db = dir.openDatabase();
    checkpointer.watch(db);
    server::sync::PushService service(db);
    Stopwatch clock;
    for (const auto& batch : batches) {
        const server::sync::PushContext context{seeded.projectId, seeded.userId,
                                                server::auth::Role::Surveyor, server::nowIsoUtc()};
        requireAllApplied(service.push(context, {"bench-tablet", batch}));
    }
    // The baseline's one COMMIT copies its log into the database (SQLite's checkpoint at
    // commit); the clock stops here once the checkpointer has copied all of ours too.
    db.exec("PRAGMA wal_checkpoint(FULL)");
    return clock.seconds();
}

Value columnValue(sqlite3_stmt* q, int col) {
    switch (sqlite3_column_type(q, col)) {
    case SQLITE_INTEGER:
        return sqlite3_column_int64(q, col);
    case SQLITE_FLOAT:
        return sqlite3_column_double(q, col);
    case SQLITE_NULL:
        return nullptr;
    default:
        return std::string(reinterpret_cast<const char*>(sqlite3_column_text(q, col)),
                           static_cast<std::size_t>(sqlite3_column_bytes(q, col)));
    }
}

/// The rows of `table` in `pushed` that the template did not have, with their insert.
TableRows rowsAddedBy(storage::Database& pushed, storage::Database& before, const char* table) {
    auto maxRowId = before.prepare(std::string("SELECT coalesce(max(rowid), 0) FROM ") + table);
    maxRowId.step();
    const std::string select = std::string("SELECT * FROM ") + table + " WHERE rowid > " +
                               std::to_string(maxRowId.getInt(0)) + " ORDER BY rowid";
    sqlite3_stmt* q = nullptr;
    if (sqlite3_prepare_v2(pushed.handle(), select.c_str(), -1, &q, nullptr) != SQLITE_OK)
        throw std::runtime_error(sqlite3_errmsg(pushed.handle()));
    TableRows out;
    std::string cols, marks;
    for (int c = 0; c < sqlite3_column_count(q); ++c) {
        cols += std::string(c ? ", \"" : "\"") + sqlite3_column_name(q, c) + "\"";
        marks += c ? ", ?" : "?";
    }
    out.insertSql = std::string("INSERT INTO ") + table + " (" + cols + ") VALUES (" + marks + ")";
    while (sqlite3_step(q) == SQLITE_ROW) {
        std::vector<Value> row;
        for (int c = 0; c < sqlite3_column_count(q); ++c)
            row.push_back(columnValue(q, c));
        out.rows.push_back(std::move(row));
    }
    sqlite3_finalize(q);
    return out;
}

void bindValue(sqlite3_stmt* q, int index, const Value& v) {
    if (auto* i = std::get_if<sqlite3_int64>(&v))
        sqlite3_bind_int64(q, index, *i);
    else if (auto* d = std::get_if<double>(&v))
        sqlite3_bind_double(q, index, *d);
    else if (auto* s = std::get_if<std::string>(&v))
        sqlite3_bind_text(q, index, s->data(), static_cast<int>(s->size()), SQLITE_STATIC);
    else
        sqlite3_bind_null(q, index);
}

/// Raw inserts of the rows, table by table, prepared once, one transaction.
double insertRaw(const fs::path& dataDir, const std::vector<TableRows>& tables) {
    auto db = server::DataDirectory(dataDir).openDatabase();
    Stopwatch clock;
    db.exec("BEGIN IMMEDIATE");
    for (const auto& table : tables) {
        sqlite3_stmt* q = nullptr;
        if (sqlite3_prepare_v2(db.handle(), table.insertSql.c_str(), -1, &q, nullptr) != SQLITE_OK)
            throw std::runtime_error(sqlite3_errmsg(db.handle()));
        for (const auto& row : table.rows) {
            for (std::size_t c = 0; c < row.size(); ++c)
                bindValue(q, static_cast<int>(c) + 1, row[c]);
            if (sqlite3_step(q) != SQLITE_DONE)
                throw std::runtime_error(sqlite3_errmsg(db.handle()));
            sqlite3_reset(q);
        }
        sqlite3_finalize(q);
    }
    db.exec("COMMIT");
    return clock.seconds();
}

double pushOverHttps(const fs::path& dataDir, const SeededProject& seeded,
                     const std::vector<std::vector<sync::Change>>& batches) {
    ServerProcess server(dataDir);
    const std::string token = loginToken(server.port(), seeded.username, seeded.password);
    std::vector<std::string> bodies; // a tablet has its outbox encoded before it connects
    for (const auto& batch : batches)
        bodies.push_back(sync::toJson(sync::PushRequest{"bench-tablet", batch}).dump());
    httplib::SSLClient client("127.0.0.1", server.port());
    client.enable_server_certificate_verification(false);
    client.set_keep_alive(true);
    // cpp-httplib's client writes headers and body apart; with Nagle on, the last piece waits
    // for the server's ACK. The benchmark measures the server, not that wait. (Qt's HTTP
    // channel, the tablet's, leaves Nagle on: the server acks its bodies at once for it,
    // http/prompt_acks.cpp.)
    client.set_tcp_nodelay(true);
    client.set_read_timeout(120);
    client.set_bearer_token_auth(token);
    const std::string path = "/api/v1/projects/" + seeded.projectId + "/push";
    Stopwatch clock;
    std::vector<std::string> answers;
    for (const auto& body : bodies) {
        auto res = client.Post(path, body, "application/json");
        if (!res || res->status != 200)
            throw std::runtime_error("push failed: " +
                                     (res ? res->body : std::string("no answer")));
        answers.push_back(std::move(res->body));
    }
    const double seconds = clock.seconds();
    for (const auto& answer : answers)
        requireAllApplied(
            std::get<sync::PushResponse>(sync::parsePushResponse(nlohmann::json::parse(answer))));
    return seconds;
}
} // namespace

int main(int argc, char** argv) {
    // bench_push_ingest [RECORDS] [--no-https] [--batch N]
    std::size_t records = 100'000, batchSize = kDefaultBatchSize;
    bool https = true;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--no-https")
            https = false;
        else if (arg == "--batch" && i + 1 < argc)
            batchSize = std::stoul(argv[++i]);
        else
            records = std::stoul(arg);
    }
    if (batchSize == 0 || batchSize > sync::kMaxChangesPerPush)
        throw std::invalid_argument("--batch must be 1-" +
                                    std::to_string(sync::kMaxChangesPerPush));
    ScratchDir scratch("push-ingest");
    const fs::path templ = scratch.path() / "template";
    const SeededProject seeded = seedDataDirectory(templ);
    const auto batches = batchesOf(surveyChanges(records), batchSize);

    const fs::path ours = scratch.path() / "ours";
    copyDataDirectory(templ, ours);
    const double oursSeconds = pushInProcess(ours, seeded, batches);

    std::vector<TableRows> tables;
    {
        auto pushed = server::DataDirectory(ours).openDatabase();
        auto before = server::DataDirectory(templ).openDatabase();
        for (const char* table : kPushedTables)
            tables.push_back(rowsAddedBy(pushed, before, table));
    }
    std::size_t rowCount = 0;
    for (const auto& t : tables)
        rowCount += t.rows.size();
    const fs::path raw = scratch.path() / "raw";
    copyDataDirectory(templ, raw);
    const double baselineSeconds = insertRaw(raw, tables);

    const fs::path httpsDir = scratch.path() / "https";
    copyDataDirectory(templ, httpsDir);
    const double httpsSeconds = https ? pushOverHttps(httpsDir, seeded, batches) : 0.0;

    std::cout << records << " records in batches of " << batchSize << "; " << rowCount
              << " rows written per run\n";
    report("push_ingest", "baseline_raw_sqlite", baselineSeconds, "s");
    report("push_ingest", "push_in_process", oursSeconds, "s");
    report("push_ingest", "ratio_in_process", baselineSeconds / oursSeconds, "x");
    if (httpsSeconds > 0) {
        report("push_ingest", "push_https", httpsSeconds, "s");
        report("push_ingest", "ratio_https", baselineSeconds / httpsSeconds, "x");
    }
    return 0;
}
