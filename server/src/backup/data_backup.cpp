// SPDX-License-Identifier: Apache-2.0
#include "backup/data_backup.h"

#include "blobs/blob_check.h"
#include "blobs/blob_store.h"
#include "storage/data_directory.h"
#include "survey/hashing/sha256.h"
#include "survey/storage/durable_directories.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <optional>
#include <stdexcept>
#include <unistd.h>

namespace survey::server::backup {

namespace fs = std::filesystem;

namespace {
constexpr std::size_t kCopyChunk = 1 << 20;

[[noreturn]] void fail(const std::string& what, const fs::path& path) {
    throw std::runtime_error(what + " " + path.string() + ": " + std::strerror(errno));
}

/// Closes a file descriptor on every way out.
struct Fd {
    int fd;
    ~Fd() {
        if (fd >= 0)
            ::close(fd);
    }
};

void syncFile(const fs::path& path) {
    Fd file{::open(path.c_str(), O_RDONLY | O_CLOEXEC)};
    if (file.fd < 0 || ::fsync(file.fd) != 0)
        fail("cannot sync", path);
}

/// Removes a temporary file on the way out unless it was given its name.
struct TemporaryFile {
    fs::path path;
    bool named = false;
    ~TemporaryFile() {
        std::error_code ignored;
        if (!named)
            fs::remove(path, ignored);
    }
};

/// Copies `from` into `temp`, synced, and returns the SHA-256 of the bytes copied; nullopt
/// when `from` cannot be read, a damage of the source that the backup reports and goes past.
/// Throws when `temp` cannot be written: a failing backup disk ends the backup.
std::optional<std::string> copyToTemporary(const fs::path& from, const fs::path& temp,
                                           mode_t mode) {
    Fd in{::open(from.c_str(), O_RDONLY | O_CLOEXEC)};
    if (in.fd < 0)
        return std::nullopt;
    Fd out{::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode)};
    if (out.fd < 0)
        fail("cannot create", temp);
    hashing::Sha256 hash;
    std::string buffer(kCopyChunk, '\0');
    while (true) {
        const ssize_t n = ::read(in.fd, buffer.data(), buffer.size());
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return std::nullopt;
        if (n == 0)
            break;
        const std::string_view chunk(buffer.data(), static_cast<std::size_t>(n));
        hash.update(chunk);
        for (std::size_t done = 0; done < chunk.size();) {
            const ssize_t w = ::write(out.fd, chunk.data() + done, chunk.size() - done);
            if (w < 0 && errno == EINTR)
                continue;
            if (w <= 0)
                fail("cannot write", temp);
            done += static_cast<std::size_t>(w);
        }
    }
    if (::fsync(out.fd) != 0)
        fail("cannot sync", temp);
    return hash.finalHex();
}

/// Copies `from` to `to` durably when it can be read and its SHA-256 is `expected` (any,
/// when empty); false, with nothing left behind, when not.
bool copyChecked(const fs::path& from, const fs::path& to, const std::string& expected,
                 const fs::path& within, mode_t mode = 0644) {
    fs::create_directories(to.parent_path());
    TemporaryFile temp{fs::path(to).concat(".backup-tmp")};
    const auto actual = copyToTemporary(from, temp.path, mode);
    if (!actual || (!expected.empty() && *actual != expected))
        return false;
    fs::rename(temp.path, to);
    temp.named = true;
    storage::syncDirectoriesUpTo(to.parent_path(), within);
    return true;
}

bool sameSize(const fs::path& a, const fs::path& b) {
    std::error_code ea, eb;
    const auto sa = fs::file_size(a, ea), sb = fs::file_size(b, eb);
    return !ea && !eb && sa == sb;
}

/// Whole contents of a small file (a certificate, a key); nullopt when it cannot be read.
std::optional<std::string> readSmallFile(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return std::nullopt;
    return std::string(std::istreambuf_iterator<char>(in), {});
}

void refuseOverlap(const fs::path& from, const fs::path& to) {
    const fs::path a = fs::weakly_canonical(from), b = fs::weakly_canonical(to);
    const auto inside = [](const fs::path& inner, const fs::path& outer) {
        const fs::path rest = inner.lexically_relative(outer);
        return !rest.empty() && *rest.begin() != "..";
    };
    if (inside(a, b) || inside(b, a))
        throw std::invalid_argument("the backup folder " + to.string() +
                                    " must lie outside the data directory " + from.string() +
                                    ", and the data directory outside it");
}

/// A consistent snapshot of the database (VACUUM INTO reads it in one transaction, beside
/// the server's writers), synced, then put in place of the backup's database.
std::uint64_t snapshotDatabase(const fs::path& from, const fs::path& to) {
    const DataDirectory source(from);
    const fs::path target = DataDirectory(to).databasePath();
    TemporaryFile temp{fs::path(target).concat(".backup-tmp")};
    fs::remove(temp.path);
    {
        auto db = source.connect();
        auto vacuum = db.prepare("VACUUM INTO ?");
        vacuum.bind(1, temp.path.string());
        vacuum.step();
    }
    syncFile(temp.path);
    // A WAL left by serving the backup belongs to the database being replaced.
    for (const char* suffix : {"-wal", "-shm"})
        fs::remove(fs::path(target).concat(suffix));
    fs::rename(temp.path, target);
    temp.named = true;
    storage::syncDirectoriesUpTo(to, to.parent_path());
    return fs::file_size(target);
}

/// The certificate and key the tablets pin: a restored server must present the same.
void copyTlsFiles(const fs::path& from, const fs::path& to) {
    const fs::path source = DataDirectory(from).tlsDirectory(),
                   target = DataDirectory(to).tlsDirectory();
    for (const auto& [name, mode] : {std::pair{"cert.pem", 0644}, std::pair{"key.pem", 0600}}) {
        const auto bytes = readSmallFile(source / name);
        if (!bytes || bytes == readSmallFile(target / name))
            continue;
        fs::create_directories(target);
        fs::permissions(target, fs::perms::owner_all);
        copyChecked(source / name, target / name, {}, to, static_cast<mode_t>(mode));
    }
}

void copyBlobs(const fs::path& from, const fs::path& to, BackupReport& report) {
    const fs::path source = from / "blobs", target = to / "blobs";
    if (!fs::is_directory(source))
        return;
    for (const auto& blob : blobs::completeBlobFiles(source)) {
        const fs::path relative = blobs::BlobStore::relativePath(blob.sha256);
        // Content-addressed and never changed: a file of that name and size is this blob.
        std::error_code absent;
        if (fs::file_size(target / relative, absent) == blob.size && !absent) {
            ++report.blobsKept;
            continue;
        }
        if (!copyChecked(source / relative, target / relative, blob.sha256, to)) {
            report.damaged.push_back(("blobs" / relative).string());
            continue;
        }
        ++report.blobsCopied;
        report.blobBytesCopied += blob.size;
    }
}

/// The notices the snapshot lists, each checked against the hash its row keeps.
void copyNotices(const fs::path& from, const fs::path& to, BackupReport& report) {
    auto snapshot = storage::Database::open(DataDirectory(to).databasePath().string());
    auto q = snapshot.prepare("SELECT file_path, pdf_sha256 FROM notices ORDER BY serial");
    while (q.step()) {
        const fs::path relative = q.getText(0);
        if (relative.empty() || relative.is_absolute() ||
            *relative.lexically_normal().begin() == "..")
            throw std::runtime_error("a notice row names a file outside the data directory: " +
                                     relative.string());
        if (sameSize(from / relative, to / relative)) {
            ++report.noticesKept;
            continue;
        }
        if (!copyChecked(from / relative, to / relative, q.getText(1), to))
            report.damaged.push_back(relative.string());
        else
            ++report.noticesCopied;
    }
}
} // namespace

BackupReport backUp(const fs::path& from, const fs::path& to) {
    if (!fs::is_directory(from) || !fs::exists(DataDirectory(from).databasePath()))
        throw std::runtime_error(from.string() + " holds no survey database");
    refuseOverlap(from, to);
    fs::create_directories(to);
    BackupReport report;
    // The database first: every file its rows name was in place before the row committed,
    // so copying the files afterwards finds them all.
    report.databaseBytes = snapshotDatabase(from, to);
    copyTlsFiles(from, to);
    copyBlobs(from, to, report);
    copyNotices(from, to, report);
    return report;
}

} // namespace survey::server::backup
