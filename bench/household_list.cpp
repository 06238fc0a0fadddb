// SPDX-License-Identifier: Apache-2.0
// The tablet's household list at project size: a local store of 10,000 households (as a
// pull from the server leaves it, plus local edits waiting in the outbox), opened and
// listed, then searched. Baseline: sqlite3 alone reading the same rows with the same
// WHERE / ORDER BY, so the ratio shows what the store's sync badges and Qt strings cost.
#include "store/local_store.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <sqlite3.h>
#include <string>
#include <vector>

namespace {

constexpr int kHouseholds = 10'000;
constexpr int kLocalEdits = 300;
constexpr int kRepeats = 15;
const QString kProject = QStringLiteral("p-bench");
const char* const kStreets[] = {"人民路", "解放巷", "和平街道幸福路", "建设路", "青年巷"};
const char* const kSurnames[] = {"张", "王", "李", "赵", "刘", "陈", "杨", "黄"};

double millis(const std::function<void()>& run) {
    const auto start = std::chrono::steady_clock::now();
    run();
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
        .count();
}

/// Median of kRepeats runs: the shared machine's noise is one-sided.
double medianMillis(const std::function<void()>& run) {
    std::vector<double> times;
    for (int i = 0; i < kRepeats; ++i)
        times.push_back(millis(run));
    std::nth_element(times.begin(), times.begin() + kRepeats / 2, times.end());
    return times[kRepeats / 2];
}

void report(const char* figure, double value, const char* unit) {
    std::printf("RESULT household_list %s %.3f %s\n", figure, value, unit);
    std::fflush(stdout);
}

void fill(const QString& path) {
    survey::device::LocalStore store(path);
    store.upsertProject(
        {.id = kProject, .code = QStringLiteral("BENCH"), .name = QStringLiteral("基准项目")});
    survey::sync::ChangesPage page;
    for (int i = 0; i < kHouseholds; ++i) {
        const std::string code = "H" + std::to_string(100000 + i);
        page.changes.push_back(
            {.seq = i + 1,
             .entity = "household",
             .id = "h-" + std::to_string(i),
             .rev = 1,
             .fields = {{"code", code},
                        {"head_name", std::string(kSurnames[i % 8]) + "户主" + std::to_string(i)},
                        {"address", std::string(kStreets[i % 5]) + std::to_string(i % 400) + "号"},
                        {"door_no", std::to_string(i % 30) + "单元"},
                        {"status", i % 3 ? "in_progress" : "notified"}}});
    }
    page.next = kHouseholds;
    store.applyPulled(kProject, page);
    for (int i = 0; i < kLocalEdits; ++i)
        store.save(kProject, QStringLiteral("household"), QStringLiteral("h-%1").arg(i * 31),
                   {{"notes", "复核 " + std::to_string(i)}});
}

constexpr const char* kBaselineList =
    "SELECT id, code, head_name, address, door_no, status, rev FROM households"
    " WHERE project_id = ?1 AND deleted = 0 AND (?2 = '' OR code LIKE ?3 ESCAPE '\\'"
    " OR head_name LIKE ?3 ESCAPE '\\' OR address LIKE ?3 ESCAPE '\\') ORDER BY code";

/// The baseline: open the file, read the rows into strings, close.
std::size_t rawList(const std::string& path, const std::string& search) {
    sqlite3* db = nullptr;
    sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr);
    sqlite3_stmt* q = nullptr;
    sqlite3_prepare_v2(db, kBaselineList, -1, &q, nullptr);
    const std::string project = kProject.toStdString(), pattern = "%" + search + "%";
    sqlite3_bind_text(q, 1, project.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(q, 2, search.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(q, 3, pattern.c_str(), -1, SQLITE_TRANSIENT);
    std::vector<std::vector<std::string>> rows;
    while (sqlite3_step(q) == SQLITE_ROW) {
        std::vector<std::string> row;
        for (int c = 0; c < 7; ++c) {
            const auto* t = sqlite3_column_text(q, c);
            row.emplace_back(t ? reinterpret_cast<const char*>(t) : "");
        }
        rows.push_back(std::move(row));
    }
    sqlite3_finalize(q);
    sqlite3_close(db);
    return rows.size();
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tablet.db"));
    std::printf("filling a local store with %d households (%d edited locally)…\n", kHouseholds,
                kLocalEdits);
    fill(path);

    const std::string file = path.toStdString();
    std::size_t rawRows = 0, storeRows = 0;
    const double rawOpen = medianMillis([&] { rawRows = rawList(file, ""); });
    const double storeOpen = medianMillis([&] {
        survey::device::LocalStore store(path);
        storeRows = static_cast<std::size_t>(store.households(kProject).size());
    });
    if (rawRows != kHouseholds || storeRows != kHouseholds) {
        std::fprintf(stderr, "wrong row counts: raw %zu, store %zu\n", rawRows, storeRows);
        return 1;
    }
    report("open_list_raw_sqlite", rawOpen, "ms");
    report("open_list_store", storeOpen, "ms");
    report("open_list_ratio", rawOpen / storeOpen, "x");

    // A surveyor types part of a name or address; both searches scan every row.
    const std::string search = "户主12";
    survey::device::LocalStore store(path);
    const double rawSearch = medianMillis([&] { rawRows = rawList(file, search); });
    const double storeSearch = medianMillis([&] {
        storeRows = static_cast<std::size_t>(
            store.households(kProject, {.search = QString::fromStdString(search)}).size());
    });
    if (rawRows != storeRows || rawRows == 0) {
        std::fprintf(stderr, "search rows differ: raw %zu, store %zu\n", rawRows, storeRows);
        return 1;
    }
    report("search_raw_sqlite", rawSearch, "ms");
    report("search_store", storeSearch, "ms");
    report("search_ratio", rawSearch / storeSearch, "x");
    const double streetFilter = medianMillis([&] {
        store.households(kProject, {.street = QStringLiteral("解放巷"), .unsyncedOnly = true});
    });
    report("street_unsynced_filter_store", streetFilter, "ms");
    std::printf("targets: list ready < 1000 ms, search < 50 ms\n");
    std::printf("targets %s\n", storeOpen < 1000 && storeSearch < 50 ? "met" : "MISSED");
    return 0;
}
