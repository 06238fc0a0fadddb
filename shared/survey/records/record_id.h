// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <array>
#include <cstdint>
#include <string>

namespace survey::records {

/// The 16 bytes of a UUID in its lower-case text form, 8-4-4-4-12 hex digits.
std::string uuidText(const std::array<std::uint8_t, 16>& bytes);

/// An RFC 9562 version-7 UUID in lower-case text: 48 bits of Unix milliseconds, then 74
/// random bits. Ids made later sort later, so the rows a tablet creates land together at
/// the end of every index keyed by a record or change id; with random (version-4) ids
/// each row of a push landed on its own leaf page, and each push rewrote most of them.
/// The time is the creation time already stored with the record, so nothing new is told.
std::string uuidV7(std::uint64_t unixMs, const std::array<std::uint8_t, 10>& random);

/// A new id for a record or a change: the current time and random bits from OpenSSL.
/// Throws when the generator fails, rather than risk two tablets making the same id.
std::string newRecordId();

} // namespace survey::records
