// SPDX-License-Identifier: Apache-2.0
// The content-addressed blob store without HTTP: tus offset rules, the hash check at the
// last byte, dedup, names that try to leave the store, concurrent PATCHes of one blob,
// and the blob index with its audit row.
#include "blobs/blob_check.h"
#include "blobs/blob_index.h"
#include "blobs/blob_store.h"
#include "blobs/chunk_buffer.h"
#include "blobs/partial_file.h"
#include "server_test_support.h"
#include "survey/hashing/sha256.h"

#include <QTemporaryDir>
#include <QtTest>
#include <atomic>
#include <chrono>
#include <fstream>
#include <thread>

using namespace survey::server::blobs;
using survey::errors::ApiError;
using survey::errors::ErrorCode;
namespace fs = std::filesystem;

namespace {
// A body reader that hands `bytes` over in pieces of `piece` and counts its calls.
struct Body {
    std::string bytes;
    std::size_t piece = 4096;
    int reads = 0;
    BodyReader reader() {
        return [this](const BodySink& sink) {
            ++reads;
            for (std::size_t at = 0; at < bytes.size(); at += piece)
                if (!sink(bytes.data() + at, std::min(piece, bytes.size() - at)))
                    return false;
            return true;
        };
    }
};

std::string pattern(std::size_t size, char seed) {
    std::string s(size, '\0');
    for (std::size_t i = 0; i < size; ++i)
        s[i] = static_cast<char>(seed + i * 7 % 251);
    return s;
}

ErrorCode codeOf(const std::variant<PatchResult, ApiError>& outcome) {
    return std::get<ApiError>(outcome).code;
}

std::string readFile(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}
} // namespace

class TestBlobStore : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    std::unique_ptr<BlobStore> store_;
    fs::path root_;
    int stores_ = 0;

    std::variant<PatchResult, ApiError> patch(const std::string& sha, std::uint64_t offset,
                                              std::optional<std::uint64_t> length, Body& body) {
        return store_->patch({sha, offset, length, std::nullopt}, body.reader());
    }

  private slots:
    void init() {
        QVERIFY(dir_.isValid());
        root_ = fs::path(dir_.path().toStdString()) / ("blobs-" + std::to_string(++stores_));
        store_ = std::make_unique<BlobStore>(root_);
    }

    void uploadResumesAtTheStoredOffset() {
        const std::string content = pattern(300'000, 'a');
        const std::string sha = survey::hashing::sha256Hex(content);
        Body first{content.substr(0, 100'000)}, second{content.substr(100'000, 100'000)},
            third{content.substr(200'000)};
        QCOMPARE(std::get<PatchResult>(patch(sha, 0, content.size(), first)).state.offset,
                 100'000u);
        QCOMPARE(store_->state(sha)->offset, 100'000u);
        QCOMPARE(store_->state(sha)->length, 300'000u);
        QVERIFY(!fs::exists(store_->completePath(sha)));
        QCOMPARE(std::get<PatchResult>(patch(sha, 100'000, std::nullopt, second)).state.offset,
                 200'000u);
        const auto done = std::get<PatchResult>(patch(sha, 200'000, content.size(), third));
        QVERIFY(done.completedNow);
        QVERIFY(done.state.complete());
        QCOMPARE(store_->completePath(sha), root_ / sha.substr(0, 2) / sha.substr(2, 2) / sha);
        QCOMPARE(readFile(store_->completePath(sha)), content);
        QVERIFY(!fs::exists(store_->partialPath(sha)));
        QVERIFY(fs::is_empty(root_ / "partial"));
    }

    void firstPatchMustDeclareTheLength() {
        Body body{"abc"};
        const std::string sha = survey::hashing::sha256Hex(body.bytes);
        QCOMPARE(codeOf(patch(sha, 0, std::nullopt, body)), ErrorCode::MissingField);
        QCOMPARE(codeOf(patch(sha, 0, kMaxBlobBytes + 1, body)), ErrorCode::TooLarge);
        QCOMPARE(body.reads, 0);
        QVERIFY(!store_->state(sha));
    }

    void wrongOffsetConflictsAndChangesNothing() {
        const std::string content = pattern(10'000, 'b');
        const std::string sha = survey::hashing::sha256Hex(content);
        Body first{content.substr(0, 4'000)}, stray{content.substr(6'000)};
        QVERIFY(std::holds_alternative<PatchResult>(patch(sha, 0, content.size(), first)));
        const auto refused = patch(sha, 6'000, std::nullopt, stray);
        QCOMPARE(codeOf(refused), ErrorCode::Conflict);
        QVERIFY(std::get<ApiError>(refused).message.find("4000") != std::string::npos);
        QCOMPARE(codeOf(patch(sha, 0, std::nullopt, stray)), ErrorCode::Conflict);
        QCOMPARE(codeOf(patch(sha, 4'000, content.size() + 1, stray)), ErrorCode::Conflict);
        QCOMPARE(stray.reads, 0);
        QCOMPARE(store_->state(sha)->offset, 4'000u);
    }

    void hashMismatchDiscardsTheUpload() {
        Body body{pattern(5'000, 'c')};
        const std::string claimed = survey::hashing::sha256Hex("something else");
        QCOMPARE(codeOf(patch(claimed, 0, body.bytes.size(), body)), ErrorCode::HashMismatch);
        QVERIFY(!store_->state(claimed));
        QVERIFY(!fs::exists(store_->partialPath(claimed)));
        QVERIFY(!fs::exists(store_->completePath(claimed)));
        QVERIFY(fs::is_empty(root_ / "partial"));
    }

    void completeBlobIsStoredOnce() {
        Body body{pattern(2'000, 'd')};
        const std::string sha = survey::hashing::sha256Hex(body.bytes);
        QVERIFY(std::get<PatchResult>(patch(sha, 0, body.bytes.size(), body)).completedNow);
        const auto again = std::get<PatchResult>(patch(sha, 0, body.bytes.size(), body));
        QVERIFY(!again.completedNow);
        QCOMPARE(again.state.offset, 2'000u);
        QCOMPARE(body.reads, 1);
    }

    void bodyPastTheLengthKeepsNothing() {
        const std::string content = pattern(8'000, 'e');
        const std::string sha = survey::hashing::sha256Hex(content);
        Body first{content.substr(0, 3'000)}, tooLong{content.substr(3'000) + "extra"};
        patch(sha, 0, content.size(), first);
        QCOMPARE(codeOf(patch(sha, 3'000, std::nullopt, tooLong)), ErrorCode::TooLarge);
        QCOMPARE(store_->state(sha)->offset, 3'000u);
        QCOMPARE(codeOf(store_->patch({sha, 3'000, std::nullopt, 9'000}, tooLong.reader())),
                 ErrorCode::TooLarge);
        QCOMPARE(tooLong.reads, 1);
    }

    void cutConnectionKeepsTheBytesReceived() {
        const std::string content = pattern(9'000, 'f');
        const std::string sha = survey::hashing::sha256Hex(content);
        int pieces = 0;
        const auto cut = [&](const BodySink& sink) {
            for (; pieces < 2; ++pieces)
                sink(content.data() + pieces * 1'000, 1'000);
            return false;
        };
        QCOMPARE(codeOf(store_->patch({sha, 0, content.size(), std::nullopt}, cut)),
                 ErrorCode::BadRequest);
        QCOMPARE(store_->state(sha)->offset, 2'000u);
        Body rest{content.substr(2'000)};
        QVERIFY(std::get<PatchResult>(patch(sha, 2'000, std::nullopt, rest)).completedNow);
        QCOMPARE(readFile(store_->completePath(sha)), content);
    }

    /// A crash can leave a partial file whose length file never reached the disk: the store
    /// knows no upload, and a new one from offset 0 must not keep those bytes in front.
    void newUploadDoesNotKeepBytesLeftWithoutALength() {
        const std::string content = pattern(6'000, 'j');
        const std::string sha = survey::hashing::sha256Hex(content);
        std::ofstream(store_->partialPath(sha), std::ios::binary) << "left by a crash";
        Body body{content};
        QVERIFY(std::get<PatchResult>(patch(sha, 0, content.size(), body)).completedNow);
        QCOMPARE(readFile(store_->completePath(sha)), content);
    }

    /// A body of several 1 MB write chunks, arriving in 4 KB pieces as cpp-httplib hands them
    /// over: the file holds them in order and the name checks out.
    void largeBodyIsWrittenInOrderWhileItArrives() {
        const std::string content = pattern(5'500'000, 'm');
        const std::string sha = survey::hashing::sha256Hex(content);
        Body body{content};
        QVERIFY(std::get<PatchResult>(patch(sha, 0, content.size(), body)).completedNow);
        QCOMPARE(readFile(store_->completePath(sha)), content);
    }

    /// A PATCH resuming at an offset that is not a multiple of the direct-I/O block: the page
    /// cache takes the bytes up to the next boundary, O_DIRECT the whole chunks after it, the
    /// cache again the tail. Pieces of odd sizes cross every boundary; each byte lands in place.
    void resumeAtAnUnalignedOffsetKeepsEveryByteInPlace() {
        const std::string content = pattern(3'500'017, 'u');
        const std::string sha = survey::hashing::sha256Hex(content);
        Body first{content.substr(0, 1'000'003), 4093};
        Body rest{content.substr(1'000'003), 65'521};
        QCOMPARE(std::get<PatchResult>(patch(sha, 0, content.size(), first)).state.offset,
                 1'000'003u);
        QVERIFY(std::get<PatchResult>(patch(sha, 1'000'003, std::nullopt, rest)).completedNow);
        QCOMPARE(readFile(store_->completePath(sha)), content);
    }

    /// Chunk buffers are aligned for O_DIRECT, and one given back is the next one taken (a
    /// fresh megabyte would be faulted in page by page on the upload's path).
    void chunkBuffersAreAlignedAndReused() {
        const void* first = nullptr;
        {
            const ChunkBuffer a, b;
            QVERIFY(a.data() != b.data());
            for (const ChunkBuffer* buffer : {&a, &b})
                QCOMPARE(reinterpret_cast<std::uintptr_t>(buffer->data()) % kChunkAlign, 0u);
            first = a.data(); // given back last, b before it
        }
        const ChunkBuffer again;
        QCOMPARE(static_cast<const void*>(again.data()), first);
    }

    /// A write that fails (disk full) fails the upload, naming the file.
    void failedWriteIsReported() {
        const std::string bytes = pattern(3'000'000, 'n');
        bool threw = false;
        try {
            PartialFile full("/dev/full", 0); // every write: ENOSPC
            full.append(bytes.data(), bytes.size());
            full.flush();
        } catch (const std::runtime_error& e) {
            threw = std::string(e.what()).find("/dev/full") != std::string::npos;
        }
        QVERIFY(threw);
    }

    void namesThatAreNotHashesAreRefused() {
        Body body{"x"};
        for (const std::string& name : std::vector<std::string>{
                 "../../survey.db", "partial", std::string(64, 'A'), std::string(63, 'a'),
                 std::string(62, 'a') + "/a", std::string(64, 'a') + ".length", std::string()}) {
            QCOMPARE(codeOf(patch(name, 0, 1, body)), ErrorCode::BadRequest);
            QVERIFY(!store_->state(name));
        }
        QCOMPARE(body.reads, 0);
        QVERIFY(fs::is_empty(root_ / "partial"));
        QCOMPARE(std::distance(fs::directory_iterator(root_), fs::directory_iterator()), 1);
    }

    void concurrentPatchesOfOneBlobRunOneAtATime() {
        const std::string content = pattern(400'000, 'g');
        const std::string sha = survey::hashing::sha256Hex(content);
        constexpr int kClients = 8;
        std::atomic<int> applied = 0, conflicts = 0, inside = 0, overlap = 0;
        std::vector<std::thread> clients;
        for (int i = 0; i < kClients; ++i)
            clients.emplace_back([&] {
                // Every client sends the same first half at offset 0, slowly.
                const auto slow = [&](const BodySink& sink) {
                    if (++inside > 1)
                        ++overlap;
                    bool ok = true;
                    for (std::size_t at = 0; at < 200'000 && ok; at += 20'000) {
                        std::this_thread::sleep_for(std::chrono::milliseconds(1));
                        ok = sink(content.data() + at, 20'000);
                    }
                    --inside;
                    return ok;
                };
                auto outcome = store_->patch({sha, 0, content.size(), 200'000}, slow);
                if (std::holds_alternative<PatchResult>(outcome))
                    ++applied;
                else if (codeOf(outcome) == ErrorCode::Conflict)
                    ++conflicts;
            });
        for (auto& t : clients)
            t.join();
        QCOMPARE(applied.load(), 1);
        QCOMPARE(conflicts.load(), kClients - 1);
        QCOMPARE(overlap.load(), 0);
        QCOMPARE(readFile(store_->partialPath(sha)), content.substr(0, 200'000));
    }

    void indexRecordsOnceWithAnAuditRow() {
        ServerTestWorld world;
        BlobIndex index(world.db());
        const IndexedBlob blob{std::string(64, 'a'), 10, "2024-05-01T08:00:00Z", world.surveyorId(),
                               "tablet-1"};
        QVERIFY(index.recordComplete(blob));
        QVERIFY(!index.recordComplete(blob));
        QCOMPARE(index.find(blob.sha256)->uploadedBy, world.surveyorId());
        auto q =
            world.db().prepare("SELECT count(*), max(subject) FROM audit_log WHERE action = ?");
        q.bind(1, std::string(kUploadCompleteAction));
        QVERIFY(q.step());
        QCOMPARE(q.getInt(0), 1);
        QCOMPARE(q.getText(1), blob.sha256);
    }

    void checkFindsOrphansAndMissing() {
        ServerTestWorld world;
        Body named{"named photo"}, stray{"stray file"};
        const std::string namedSha = survey::hashing::sha256Hex(named.bytes);
        const std::string straySha = survey::hashing::sha256Hex(stray.bytes);
        const std::string absentSha = survey::hashing::sha256Hex("never uploaded");
        patch(namedSha, 0, named.bytes.size(), named);
        patch(straySha, 0, stray.bytes.size(), stray);
        const auto pushed = world.push(
            {makeChange("c1", "household", "h1", 0, {{"code", "SF-001"}}),
             makeChange("c2", "photo", "p1", 0, {{"household_id", "h1"}, {"sha256", namedSha}}),
             makeChange("c3", "photo", "p2", 0, {{"household_id", "h1"}, {"sha256", absentSha}})});
        QCOMPARE(pushed.results.size(), std::size_t(3));
        const auto report = checkBlobs(*store_, world.db());
        QCOMPARE(report.files, std::size_t(2));
        QCOMPARE(report.orphans.size(), std::size_t(1));
        QCOMPARE(report.orphans[0].sha256, straySha);
        QCOMPARE(report.missing.size(), std::size_t(1));
        QCOMPARE(report.missing[0].id, std::string("p2"));
        QCOMPARE(report.missing[0].sha256, absentSha);
    }
};

QTEST_GUILESS_MAIN(TestBlobStore)
#include "test_blob_store.moc"
