// SPDX-License-Identifier: Apache-2.0
// Photos reaching the server: 200 distinct 3 MB blobs, each one tus PATCH of the whole
// file to /api/v1/blobs/{sha256} on the real survey-server over one keep-alive HTTPS
// connection, against the same bytes copied over a loopback TLS connection with OpenSSL
// alone (same certificate, same negotiated cipher). A second reference copies them again and
// writes and fsyncs each blob, the floor for a store that answers once a blob is durable; a
// third writes and fsyncs them from memory, the disk alone, which bounds any durable store.
#include "bench_support.h"
#include "common/utc_time.h"
#include "durable_files.h"
#include "storage/data_directory.h"
#include "survey/hashing/sha256.h"
#include "sync/push_service.h"
#include "tls_copy.h"

#include <cstring>
#include <httplib.h>
#include <iostream>
#include <random>

using namespace survey;
using namespace survey::bench;

namespace {
constexpr std::size_t kBlobs = 200;
constexpr std::size_t kBlobSize = 3 * 1024 * 1024;

/// Blob `index`: shared random bytes with the index in its first bytes, so that every
/// blob has its own hash without holding 600 MB.
void stampBlob(std::string& bytes, std::size_t index) {
    std::memcpy(bytes.data(), &index, sizeof index);
}

/// The photo records that name the blobs, pushed as the tablet pushes them before it
/// uploads their bytes (the server takes bytes only for a blob a record names).
void pushPhotoRecords(const std::filesystem::path& dataDir, const SeededProject& seeded,
                      const std::vector<std::string>& hashes) {
    std::vector<sync::Change> changes = {
        {"c-bench-h",
         "household",
         "bench-h",
         sync::Op::Upsert,
         0,
         {{"code", "BENCH-1"}, {"head_name", "基准户"}, {"address", "示范路 1 号"}}}};
    for (std::size_t i = 0; i < hashes.size(); ++i)
        changes.push_back(
            {"c-photo-" + std::to_string(i),
             "photo",
             "bench-photo-" + std::to_string(i),
             sync::Op::Upsert,
             0,
             {{"household_id", "bench-h"}, {"sha256", hashes[i]}, {"category", "外观"}}});
    auto db = server::DataDirectory(dataDir).openDatabase();
    const server::sync::PushContext context{seeded.projectId, seeded.userId,
                                            server::auth::Role::Surveyor, server::nowIsoUtc()};
    const auto pushed = server::sync::PushService(db).push(context, {"bench-tablet", changes});
    for (const auto& result : pushed.results)
        if (result.status != sync::ChangeStatus::Applied)
            throw std::runtime_error("photo record not applied: " + result.changeId);
}

double uploadOverHttps(int port, const std::string& token, std::string& bytes,
                       const std::vector<std::string>& hashes) {
    httplib::SSLClient client("127.0.0.1", port);
    client.enable_server_certificate_verification(false);
    client.set_keep_alive(true);
    // cpp-httplib's client writes headers and body apart; with Nagle on, the last piece waits
    // for the server's ACK. The benchmark measures the server, not that wait. (Qt's HTTP
    // channel, the tablet's, leaves Nagle on: the server acks its bodies at once for it,
    // http/prompt_acks.cpp.)
    client.set_tcp_nodelay(true);
    client.set_bearer_token_auth(token);
    client.set_write_timeout(60);
    client.set_read_timeout(60);
    const httplib::Headers headers = {{"Tus-Resumable", "1.0.0"},
                                      {"Upload-Offset", "0"},
                                      {"Upload-Length", std::to_string(kBlobSize)}};
    Stopwatch clock;
    for (std::size_t i = 0; i < hashes.size(); ++i) {
        stampBlob(bytes, i);
        // The body is sent from `bytes` as it stands: given a pointer, cpp-httplib would first
        // copy all 3 MB into a fresh allocation, faulted in page by page and given back after
        // each request, work the baseline's sender does not do (nor a tablet: Qt streams its
        // QByteArray through the socket's reused buffer), on the cores the server runs on.
        auto res = client.Patch(
            "/api/v1/blobs/" + hashes[i], headers, bytes.size(),
            [&bytes](std::size_t offset, std::size_t length, httplib::DataSink& sink) {
                return sink.write(bytes.data() + offset, length);
            },
            "application/offset+octet-stream");
        if (!res || res->status != 204 ||
            res->get_header_value("Upload-Offset") != std::to_string(kBlobSize))
            throw std::runtime_error(
                "PATCH failed: " +
                (res ? std::to_string(res->status) + " " + res->body : std::string("no answer")));
    }
    return clock.seconds();
}
} // namespace

int main() {
    ScratchDir scratch("blob-upload");
    const SeededProject seeded = seedDataDirectory(scratch.path());
    std::string bytes(kBlobSize, '\0');
    std::mt19937_64 random(20240315);
    for (std::size_t i = 0; i + 8 <= bytes.size(); i += 8) {
        const std::uint64_t word = random();
        std::memcpy(bytes.data() + i, &word, 8);
    }
    std::vector<std::string> hashes;
    for (std::size_t i = 0; i < kBlobs; ++i) {
        stampBlob(bytes, i);
        hashes.push_back(hashing::sha256Hex(bytes));
    }

    pushPhotoRecords(scratch.path(), seeded, hashes);
    ServerProcess server(scratch.path());
    const std::string token = loginToken(server.port(), seeded.username, seeded.password);
    const NegotiatedCipher cipher = negotiatedCipher(server.port());
    const double baseline = copyOverLoopbackTls(scratch.path() / "tls", cipher, kBlobs, kBlobSize);
    const std::filesystem::path floorDir = scratch.path() / "durable-floor";
    std::filesystem::create_directories(floorDir);
    const double durableFloor =
        copyOverLoopbackTls(scratch.path() / "tls", cipher, kBlobs, kBlobSize, floorDir);
    std::filesystem::remove_all(floorDir);
    std::filesystem::create_directories(floorDir);
    const double diskAlone = storeFromMemory(floorDir, kBlobs, kBlobSize);
    std::filesystem::remove_all(floorDir);
    const double ours = uploadOverHttps(server.port(), token, bytes, hashes);

    const double megabytes = static_cast<double>(kBlobs * kBlobSize) / (1024.0 * 1024.0);
    std::cout << kBlobs << " blobs of " << kBlobSize << " bytes; " << cipher.version << " "
              << cipher.cipher << "\n";
    report("blob_upload", "baseline_loopback_tls", baseline, "s");
    report("blob_upload", "patch_https", ours, "s");
    report("blob_upload", "baseline_throughput", megabytes / baseline, "MB/s");
    report("blob_upload", "patch_throughput", megabytes / ours, "MB/s");
    report("blob_upload", "ratio", baseline / ours, "x");
    // Not the target's baseline: the same copy writing each blob to a file and fsyncing it,
    // which no durable store can beat, to show how much of the gap is the disk.
    report("blob_upload", "durable_floor", durableFloor, "s");
    report("blob_upload", "ratio_to_durable_floor", durableFloor / ours, "x");
    // The disk alone, no network: a durable store that overlapped every disk write with the
    // transfer perfectly would still measure no more than this ratio against the baseline.
    report("blob_upload", "disk_alone", diskAlone, "s");
    report("blob_upload", "ratio_bound_by_disk", baseline / diskAlone, "x");
    return 0;
}
