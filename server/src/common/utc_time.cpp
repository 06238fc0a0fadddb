// SPDX-License-Identifier: Apache-2.0
#include "common/utc_time.h"

#include <chrono>
#include <ctime>

namespace survey::server {

std::int64_t systemUnixSeconds() {
    using namespace std::chrono;
    return duration_cast<seconds>(system_clock::now().time_since_epoch()).count();
}

std::string isoUtc(std::int64_t unixSeconds) {
    const std::time_t t = static_cast<std::time_t>(unixSeconds);
    std::tm parts{};
    gmtime_r(&t, &parts);
    char text[32];
    const std::size_t n = std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &parts);
    return std::string(text, n);
}

std::string nowIsoUtc() {
    return isoUtc(systemUnixSeconds());
}

} // namespace survey::server
