// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstdint>
#include <functional>
#include <string>

namespace survey::server {

/// Seconds since the Unix epoch; injected wherever expiry or throttling depends on it, so
/// that tests can move time instead of sleeping.
using UnixClock = std::function<std::int64_t()>;

/// The system clock in Unix seconds.
std::int64_t systemUnixSeconds();

/// ISO-8601 UTC with seconds, e.g. "2024-05-01T08:30:00Z".
std::string isoUtc(std::int64_t unixSeconds);

/// The current time as isoUtc().
std::string nowIsoUtc();

} // namespace survey::server
