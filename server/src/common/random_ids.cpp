// SPDX-License-Identifier: Apache-2.0
#include "common/random_ids.h"

#include "survey/records/record_id.h"

#include <cstring>
#include <openssl/rand.h>
#include <stdexcept>

namespace survey::server {

std::string secureRandomBytes(std::size_t count) {
    std::string out(count, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char*>(out.data()), static_cast<int>(count)) != 1)
        throw std::runtime_error("RAND_bytes failed");
    return out;
}

std::string newUuid() {
    const std::string random = secureRandomBytes(16);
    std::array<std::uint8_t, 16> bytes{};
    std::memcpy(bytes.data(), random.data(), bytes.size());
    bytes[6] = static_cast<std::uint8_t>((bytes[6] & 0x0f) | 0x40); // version 4
    bytes[8] = static_cast<std::uint8_t>((bytes[8] & 0x3f) | 0x80); // RFC 4122 variant
    return records::uuidText(bytes);
}

} // namespace survey::server
