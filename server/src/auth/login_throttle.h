// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstdint>
#include <map>
#include <mutex>
#include <string>

namespace survey::server::auth {

/// Limits on failed logins inside one window.
struct ThrottleLimits {
    int perAccountFromAddress = 5; ///< guesses at one username from one address
    int perAddress = 30;           ///< guesses at any usernames from one address
    std::int64_t windowSeconds = 15 * 60;
};

/// Counts failed logins per (address, username) and per address, in memory. Once a limit
/// is reached, further attempts are refused (429) until the window that began with the
/// first failure ends; a success clears the account's count. Keyed on the address as well
/// as the name, so a stranger cannot lock a surveyor out by guessing at their name.
class LoginThrottle {
  public:
    explicit LoginThrottle(ThrottleLimits limits = {}) : limits_(limits) {}

    /// Seconds to wait before another attempt, or 0 when an attempt is allowed now.
    std::int64_t retryAfter(const std::string& address, const std::string& username,
                            std::int64_t now);
    /// Counts a failed login against the account at that address and the address itself.
    void recordFailure(const std::string& address, const std::string& username, std::int64_t now);
    /// Clears the account's count at that address after a successful login.
    void recordSuccess(const std::string& address, const std::string& username);

  private:
    struct Window {
        std::int64_t start = 0;
        int failures = 0;
    };
    std::int64_t blockedFor(const std::string& key, int limit, std::int64_t now);
    void count(const std::string& key, std::int64_t now);
    void forgetExpired(std::int64_t now);

    ThrottleLimits limits_;
    std::mutex mutex_;
    std::map<std::string, Window> windows_;
};

} // namespace survey::server::auth
