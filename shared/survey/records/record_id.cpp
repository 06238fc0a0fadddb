// SPDX-License-Identifier: Apache-2.0
#include "survey/records/record_id.h"

#include <chrono>
#include <openssl/rand.h>
#include <stdexcept>

namespace survey::records {

std::string uuidText(const std::array<std::uint8_t, 16>& bytes) {
    static constexpr char kHex[] = "0123456789abcdef";
    std::string text;
    text.reserve(36);
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            text += '-';
        text += kHex[bytes[i] >> 4];
        text += kHex[bytes[i] & 0x0f];
    }
    return text;
}

std::string uuidV7(std::uint64_t unixMs, const std::array<std::uint8_t, 10>& random) {
    std::array<std::uint8_t, 16> bytes{};
    for (int i = 0; i < 6; ++i)
        bytes[static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(unixMs >> (40 - 8 * i));
    for (std::size_t i = 0; i < random.size(); ++i)
        bytes[6 + i] = random[i];
    bytes[6] = static_cast<std::uint8_t>((bytes[6] & 0x0f) | 0x70); // version 7
    bytes[8] = static_cast<std::uint8_t>((bytes[8] & 0x3f) | 0x80); // RFC 9562 variant
    return uuidText(bytes);
}

std::string newRecordId() {
    std::array<std::uint8_t, 10> random{};
    if (RAND_bytes(random.data(), static_cast<int>(random.size())) != 1)
        throw std::runtime_error("RAND_bytes failed");
    const auto now = std::chrono::system_clock::now().time_since_epoch();
    return uuidV7(static_cast<std::uint64_t>(
                      std::chrono::duration_cast<std::chrono::milliseconds>(now).count()),
                  random);
}

} // namespace survey::records
