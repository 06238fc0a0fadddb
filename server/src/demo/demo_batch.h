// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "survey/sync/protocol.h"

#include <cstdint>
#include <nlohmann/json.hpp>
#include <random>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace survey::server::demo {

/// Collects the demo's changes in push order and makes their ids, all from one seeded
/// generator, so the same seed gives the same survey.
class DemoBatch {
  public:
    explicit DemoBatch(std::mt19937& random) : random_(random) {}

    /// A version-7 UUID as a tablet makes it, its time and random bits drawn from the seeded
    /// generator.
    std::string newId();
    /// A uniformly drawn integer in [low, high].
    int between(int low, int high);
    /// A length in millimetres in [low, high], on whole centimetres as a tape reads.
    std::int64_t lengthMm(int low, int high);
    /// True with the given percentage.
    bool chance(int percent);
    /// One of the items, uniformly.
    template <typename T> const T& pick(std::span<const T> items) {
        return items[static_cast<std::size_t>(between(0, static_cast<int>(items.size()) - 1))];
    }

    /// Appends a new record (base_rev 0) and returns its id.
    std::string create(std::string_view entity, nlohmann::json fields);
    /// Appends an edit of an existing record; base_rev is filled in once known.
    void update(std::string_view entity, const std::string& id, nlohmann::json fields);

    /// The changes so far, in push order.
    std::vector<survey::sync::Change>& changes() { return changes_; }

  private:
    std::mt19937& random_;
    std::uint64_t clockMs_ = 1788220800000; // 2026-09-01T00:00:00Z: ids from a fixed start
    std::vector<survey::sync::Change> changes_;
};

} // namespace survey::server::demo
