// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string>
#include <string_view>

namespace survey::hashing {

/// Lower-case hex SHA-256 of the bytes.
std::string sha256Hex(std::string_view bytes);

/// Incremental SHA-256 for files and uploads that do not fit in memory at once.
class Sha256 {
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;
    void update(std::string_view bytes);
    /// Finishes and returns lower-case hex; the object cannot be updated afterwards.
    std::string finalHex();

private:
    void* ctx_;
};

/// Lower-case hex of arbitrary bytes.
std::string toHex(std::string_view bytes);

/// True when `s` is 64 lower-case hex digits (a well-formed SHA-256 name).
bool isSha256Hex(std::string_view s);

} // namespace survey::hashing
