// SPDX-License-Identifier: Apache-2.0
#include "survey/measure/area_rules.h"

#include <cstdlib>
#include <numeric>

namespace survey::measure {

namespace {

struct KindInfo {
    PartKind kind;
    std::string_view code;
    std::string_view label;
};

constexpr KindInfo kKinds[] = {
    {PartKind::Room, "room", "室内"},
    {PartKind::BalconyInside, "balcony_inside", "阳台(主体结构内)"},
    {PartKind::BalconyOutside, "balcony_outside", "阳台(主体结构外)"},
    {PartKind::BayWindow, "bay_window", "飘窗"},
    {PartKind::SlopedRoof, "sloped_roof", "坡屋顶空间"},
    {PartKind::Stair, "stair", "楼梯间"},
    {PartKind::Stilt, "stilt", "架空层"},
    {PartKind::Other, "other", "其他"},
};

constexpr Factor kFull{1, 1};
constexpr Factor kHalf{1, 2};
constexpr Factor kNone{0, 1};

constexpr std::int64_t kStoreyFullMm = 2200;
constexpr std::int64_t kClearFullMm = 2100;
constexpr std::int64_t kClearHalfMm = 1200;
constexpr std::int64_t kBaySillMaxMm = 450;

// Worst case: kMaxVertices shoelace terms of 2·kMaxLengthMm² each, times the largest
// override numerator; this must fit in int64 before the rounding adds at most den·10^4.
static_assert(static_cast<std::int64_t>(kMaxVertices) * 2 * kMaxLengthMm * kMaxLengthMm <
              INT64_MAX / (2 * kMaxFactorDen));

const KindInfo& infoFor(PartKind kind) {
    for (const auto& k : kKinds)
        if (k.kind == kind)
            return k;
    return kKinds[std::size(kKinds) - 1];
}

// Magnitude as unsigned, so that INT64_MIN cannot overflow.
std::uint64_t magnitude(std::int64_t value) {
    return value < 0 ? std::uint64_t{0} - static_cast<std::uint64_t>(value)
                     : static_cast<std::uint64_t>(value);
}

// Formats magnitude / 10^decimals with an optional minus sign.
std::string fixedPoint(bool negative, std::uint64_t magnitude, int decimals) {
    std::string digits = std::to_string(magnitude);
    if (digits.size() <= static_cast<std::size_t>(decimals))
        digits.insert(0, decimals + 1 - digits.size(), '0');
    digits.insert(digits.size() - decimals, ".");
    return negative ? "-" + digits : digits;
}

std::string fixedPoint(std::int64_t value, int decimals) {
    return fixedPoint(value < 0, magnitude(value), decimals);
}

// Rule texts must never round a height across a threshold (2199 mm is not "2.20 m"), so
// they show whole centimetres with two decimals and anything finer with three.
std::string exactMetres(std::int64_t mm) {
    return (mm % 10 == 0 ? fixedPoint(mm / 10, 2) : fixedPoint(mm, 3)) + " m";
}

std::string factorText(Factor f) {
    if (f == kFull)
        return "全部计算";
    if (f.num == 0)
        return "不计算";
    return std::to_string(f.num) + "/" + std::to_string(f.den);
}

/// A factor with its explanation, or an error message.
struct Decision {
    Factor factor;
    std::string rule;
    std::string error;
};

Decision decided(Factor f, std::string condition) {
    return {f, condition + " → " + factorText(f), {}};
}

Decision failed(std::string error) {
    return {kNone, {}, std::move(error)};
}

std::string limitText() {
    return std::to_string(kMaxLengthMm / 1000) + " m";
}

bool inRange(std::int64_t value, std::int64_t low, std::int64_t high) {
    return value >= low && value <= high;
}

// Twice the floor area in mm², or 0 with `error` set.
std::int64_t twiceFloorArea(const PartGeometry& part, std::string& error) {
    const bool rect = !part.lengthsMm.empty();
    const bool poly = !part.verticesMm.empty();
    if (rect == poly) {
        error = rect ? "请只填写矩形边长或多边形顶点之一" : "缺少边长或顶点";
        return 0;
    }
    if (rect) {
        if (part.lengthsMm.size() != 2) {
            error = "矩形须填写两个边长";
            return 0;
        }
        for (auto len : part.lengthsMm) {
            if (!inRange(len, 1, kMaxLengthMm)) {
                error = "边长须大于 0 且不超过 " + limitText();
                return 0;
            }
        }
        return 2 * part.lengthsMm[0] * part.lengthsMm[1];
    }
    const auto& v = part.verticesMm;
    if (v.size() < 3 || v.size() > kMaxVertices) {
        error = "多边形须有 3 至 " + std::to_string(kMaxVertices) + " 个顶点";
        return 0;
    }
    for (const auto& [x, y] : v) {
        if (!inRange(x, -kMaxLengthMm, kMaxLengthMm) || !inRange(y, -kMaxLengthMm, kMaxLengthMm)) {
            error = "顶点坐标不能超过 ±" + limitText();
            return 0;
        }
    }
    std::int64_t sum = 0; // shoelace: twice the signed area
    for (std::size_t i = 0; i < v.size(); ++i) {
        const auto& [x0, y0] = v[i];
        const auto& [x1, y1] = v[(i + 1) % v.size()];
        sum += x0 * y1 - x1 * y0;
    }
    if (sum == 0)
        error = "多边形面积为零";
    return std::llabs(sum);
}

// Storey-height rule for rooms, stairs, stilt floors and the rest.
Decision storeyRule(std::int64_t h) {
    if (h >= kStoreyFullMm)
        return decided(kFull, "层高 " + exactMetres(h) + " ≥ " + exactMetres(kStoreyFullMm));
    return decided(kHalf, "层高 " + exactMetres(h) + " < " + exactMetres(kStoreyFullMm));
}

Decision slopedRoofRule(std::int64_t h) {
    const auto hs = exactMetres(h);
    if (h >= kClearFullMm)
        return decided(kFull, "净高 " + hs + " ≥ " + exactMetres(kClearFullMm));
    if (h >= kClearHalfMm)
        return decided(kHalf, exactMetres(kClearHalfMm) + " ≤ 净高 " + hs + " < " +
                                  exactMetres(kClearFullMm));
    return decided(kNone, "净高 " + hs + " < " + exactMetres(kClearHalfMm));
}

// Both comparisons are always shown so that the reader sees which one failed.
Decision bayWindowRule(std::int64_t h, std::int64_t sill) {
    const bool tall = h >= kClearFullMm;
    const bool low = sill < kBaySillMaxMm;
    return decided(tall && low ? kHalf : kNone,
                   "飘窗 净高 " + exactMetres(h) + (tall ? " ≥ " : " < ") +
                       exactMetres(kClearFullMm) + " 且窗台 " + exactMetres(sill) +
                       (low ? " < " : " ≥ ") + exactMetres(kBaySillMaxMm));
}

Decision standardRule(const PartGeometry& part) {
    switch (part.kind) {
    case PartKind::BalconyInside:
        return decided(kFull, "主体结构内阳台");
    case PartKind::BalconyOutside:
        return decided(kHalf, "主体结构外阳台");
    case PartKind::SlopedRoof:
        return part.heightMm ? slopedRoofRule(*part.heightMm) : failed("缺少净高");
    case PartKind::BayWindow:
        if (!part.heightMm)
            return failed("缺少净高");
        if (!part.sillMm)
            return failed("缺少窗台高度");
        return bayWindowRule(*part.heightMm, *part.sillMm);
    case PartKind::Room:
    case PartKind::Stair:
    case PartKind::Stilt:
    case PartKind::Other:
        break;
    }
    return part.heightMm ? storeyRule(*part.heightMm) : failed("缺少层高");
}

// Heights are checked whenever entered, even where the rule ignores them: a wrong value
// on the record is still wrong.
std::string checkHeights(const PartGeometry& part) {
    if (part.heightMm && !inRange(*part.heightMm, 1, kMaxLengthMm))
        return "高度须大于 0 且不超过 " + limitText();
    if (part.sillMm && !inRange(*part.sillMm, 0, kMaxLengthMm))
        return "窗台高度须在 0 至 " + limitText() + " 之间";
    return {};
}

// An override replaces the rule entirely, so the heights that rule needs are not required.
Decision decide(const PartGeometry& part, const AreaSettings& settings) {
    if (auto error = checkHeights(part); !error.empty())
        return failed(std::move(error));
    const auto found = settings.overrides.find(part.kind);
    if (found == settings.overrides.end())
        return standardRule(part);
    const Factor f = found->second;
    if (f.den < 1 || f.den > kMaxFactorDen || f.num < 0 || f.num > f.den)
        return failed("项目设定系数无效");
    return {f, "项目设定系数 " + std::to_string(f.num) + "/" + std::to_string(f.den), {}};
}

} // namespace

std::optional<PartKind> partKindFromCode(std::string_view code) {
    for (const auto& k : kKinds)
        if (k.code == code)
            return k.kind;
    return std::nullopt;
}

std::string_view partKindCode(PartKind kind) {
    return infoFor(kind).code;
}

std::string_view partKindLabel(PartKind kind) {
    return infoFor(kind).label;
}

PartArea computePartArea(const PartGeometry& part, const AreaSettings& settings) {
    PartArea result;
    const std::int64_t twice = twiceFloorArea(part, result.error);
    if (!result.error.empty())
        return result;
    Decision d = decide(part, settings);
    if (!d.error.empty()) {
        result.error = std::move(d.error);
        return result;
    }
    // twice·num / (den · 2 · 10^4 mm² per dm²), rounded half-up; all values are ≥ 0.
    const std::int64_t divisor = std::int64_t{d.factor.den} * 20'000;
    result.ok = true;
    result.floorAreaTwiceMm2 = twice;
    result.factor = d.factor;
    result.areaDm2 = (twice * d.factor.num + divisor / 2) / divisor;
    result.rule = std::move(d.rule);
    return result;
}

std::int64_t sumDm2(std::span<const std::int64_t> partsDm2) {
    return std::accumulate(partsDm2.begin(), partsDm2.end(), std::int64_t{0});
}

std::string formatDm2(std::int64_t dm2) {
    return fixedPoint(dm2, 2);
}

std::string formatMm(std::int64_t mm) {
    // Half-up on the magnitude (half away from zero), so that -2155 mirrors 2155.
    const std::uint64_t mag = magnitude(mm);
    const std::uint64_t cm = mag / 10 + (mag % 10 >= 5 ? 1 : 0);
    return fixedPoint(mm < 0 && cm != 0, cm, 2);
}

} // namespace survey::measure
