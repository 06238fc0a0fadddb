// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

// Building-area rules of domain.md §5 (GB/T 50353-2013, GB/T 17986). Integer millimetres
// in, whole 0.01 m² out, so that the tablet and the server print the same digits.
namespace survey::measure {

/// Largest accepted length or coordinate (1 km); keeps every product well inside int64.
inline constexpr std::int64_t kMaxLengthMm = 1'000'000;
/// Largest accepted polygon vertex count; with kMaxLengthMm bounds the shoelace sum.
inline constexpr std::size_t kMaxVertices = 1'000;
/// Largest accepted factor denominator for project overrides.
inline constexpr int kMaxFactorDen = 100;

/// What a measured part of a building is; decides which rule gives its factor.
enum class PartKind {
    Room,
    BalconyInside,
    BalconyOutside,
    BayWindow,
    SlopedRoof,
    Stair,
    Stilt,
    Other
};

/// The part kind for a wire code such as "bay_window", or nullopt when unknown.
std::optional<PartKind> partKindFromCode(std::string_view code);
/// The wire code of a part kind, e.g. "balcony_outside".
std::string_view partKindCode(PartKind kind);
/// The Chinese label of a part kind, e.g. "飘窗".
std::string_view partKindLabel(PartKind kind);

/// The share of the floor area that counts: 1/1, 1/2 or 0/1 by the standard.
struct Factor {
    int num = 0;
    int den = 1;
    friend bool operator==(const Factor&, const Factor&) = default;
};

/// One measured part as entered: either a rectangle or a polygon, plus the heights its
/// rule needs. heightMm is the storey height (层高) for room, stair, stilt and other, and
/// the clear height (净高) for sloped roof and bay window; balconies need no height.
struct PartGeometry {
    PartKind kind = PartKind::Room;
    std::vector<std::int64_t> lengthsMm;                 ///< rectangle {width, depth}
    std::vector<std::array<std::int64_t, 2>> verticesMm; ///< polygon {x, y}, in order
    std::optional<std::int64_t> heightMm;
    std::optional<std::int64_t> sillMm; ///< bay window sill above floor
};

/// Project settings for area computation.
struct AreaSettings {
    /// Factors that replace the standard's rule for a kind; recorded in the rule text.
    std::map<PartKind, Factor> overrides;
};

/// The counted area of one part and why; on error only `error` is meaningful.
struct PartArea {
    bool ok = false;
    std::string error;                  ///< Chinese message for the surveyor
    std::int64_t floorAreaTwiceMm2 = 0; ///< twice the floor area, exact
    Factor factor;
    std::int64_t areaDm2 = 0; ///< counted area in 0.01 m², rounded half-up
    std::string rule;         ///< e.g. "层高 2.15 m < 2.20 m → 1/2"
};

/// Computes the counted area of one part by the rules of domain.md §5.
PartArea computePartArea(const PartGeometry& part, const AreaSettings& settings = {});

/// Sum of part areas in 0.01 m² (parts are rounded first, then summed).
std::int64_t sumDm2(std::span<const std::int64_t> partsDm2);

/// Formats 0.01 m² units as square metres with two decimals, e.g. 1234 → "12.34".
std::string formatDm2(std::int64_t dm2);

/// Formats millimetres as metres with two decimals, half-up, e.g. 2155 → "2.16".
std::string formatMm(std::int64_t mm);

} // namespace survey::measure
