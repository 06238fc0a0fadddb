// SPDX-License-Identifier: Apache-2.0
#include "auth/login_throttle.h"

#include <algorithm>

namespace survey::server::auth {

namespace {
// Bounds memory under a flood of distinct names or addresses.
constexpr std::size_t kPruneAbove = 10000;

std::string accountKey(const std::string& address, const std::string& username) {
    return "a\n" + address + "\n" + username;
}
std::string addressKey(const std::string& address) {
    return "i\n" + address;
}
} // namespace

std::int64_t LoginThrottle::blockedFor(const std::string& key, int limit, std::int64_t now) {
    auto it = windows_.find(key);
    if (it == windows_.end())
        return 0;
    const std::int64_t end = it->second.start + limits_.windowSeconds;
    if (end <= now) {
        windows_.erase(it);
        return 0;
    }
    return it->second.failures >= limit ? end - now : 0;
}

void LoginThrottle::count(const std::string& key, std::int64_t now) {
    auto& w = windows_[key];
    if (w.failures == 0 || w.start + limits_.windowSeconds <= now)
        w = Window{now, 0};
    ++w.failures;
}

void LoginThrottle::forgetExpired(std::int64_t now) {
    std::erase_if(windows_, [&](const auto& entry) {
        return entry.second.start + limits_.windowSeconds <= now;
    });
}

std::int64_t LoginThrottle::retryAfter(const std::string& address, const std::string& username,
                                       std::int64_t now) {
    std::lock_guard lock(mutex_);
    return std::max(blockedFor(accountKey(address, username), limits_.perAccountFromAddress, now),
                    blockedFor(addressKey(address), limits_.perAddress, now));
}

void LoginThrottle::recordFailure(const std::string& address, const std::string& username,
                                  std::int64_t now) {
    std::lock_guard lock(mutex_);
    if (windows_.size() > kPruneAbove)
        forgetExpired(now);
    count(accountKey(address, username), now);
    count(addressKey(address), now);
}

void LoginThrottle::recordSuccess(const std::string& address, const std::string& username) {
    std::lock_guard lock(mutex_);
    windows_.erase(accountKey(address, username));
}

} // namespace survey::server::auth
