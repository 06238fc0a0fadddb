// SPDX-License-Identifier: Apache-2.0
// The area rules over any geometry a tablet could send, including lengths and coordinates
// at the ends of int64. The input is text so that seeds stay readable: whitespace-separated
// tokens, a line starting with # is a comment.
//   k CODE           part kind (room, bay_window, ...)
//   r N N ...        rectangle lengths in mm
//   p X Y X Y ...    polygon vertices in mm
//   h N / s N        height / sill in mm
//   o CODE NUM DEN   project override factor for a kind
// The rules' answer is compared with an independent 128-bit computation: a valid part must
// be accepted with exactly the right area, an invalid one refused with a message.
#include "fuzz_check.h"
#include "survey/measure/area_rules.h"

#include <charconv>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace {

using namespace survey::measure;
using survey::fuzz::check;
__extension__ using Wide = __int128; // __extension__: GCC -Wpedantic knows it is deliberate

std::optional<std::int64_t> number(std::string_view token) {
    std::int64_t value = 0;
    const auto [end, ec] = std::from_chars(token.data(), token.data() + token.size(), value);
    if (ec != std::errc{} || end != token.data() + token.size())
        return std::nullopt;
    return value;
}

std::vector<std::string_view> tokens(std::string_view text) {
    std::vector<std::string_view> out;
    bool comment = false;
    std::size_t start = std::string_view::npos;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        const char c = i < text.size() ? text[i] : '\n';
        const bool space = c == ' ' || c == '\t' || c == '\r' || c == '\n';
        if (start == std::string_view::npos && !space && !comment) {
            if (c == '#')
                comment = true;
            else
                start = i;
        }
        if (space && start != std::string_view::npos) {
            out.push_back(text.substr(start, i - start));
            start = std::string_view::npos;
        }
        if (c == '\n')
            comment = false;
    }
    return out;
}

struct Input {
    PartGeometry part;
    AreaSettings settings;
    std::vector<std::int64_t> numbers; ///< every number seen, for the formatters
};

Input read(std::string_view text) {
    Input in;
    const auto t = tokens(text);
    std::size_t i = 0;
    // Consumes the numbers that follow a keyword.
    auto numbersAfter = [&] {
        std::vector<std::int64_t> out;
        while (i < t.size()) {
            const auto n = number(t[i]);
            if (!n)
                break;
            out.push_back(*n);
            in.numbers.push_back(*n);
            ++i;
        }
        return out;
    };
    while (i < t.size()) {
        const std::string_view key = t[i++];
        if (key == "k" && i < t.size()) {
            if (auto kind = partKindFromCode(t[i++]))
                in.part.kind = *kind;
        } else if (key == "r") {
            for (auto n : numbersAfter())
                in.part.lengthsMm.push_back(n);
        } else if (key == "p") {
            const auto n = numbersAfter();
            for (std::size_t j = 0; j + 1 < n.size(); j += 2)
                in.part.verticesMm.push_back({n[j], n[j + 1]});
        } else if (key == "h" || key == "s") {
            const auto n = numbersAfter();
            if (!n.empty())
                (key == "h" ? in.part.heightMm : in.part.sillMm) = n.front();
        } else if (key == "o" && i < t.size()) {
            const auto kind = partKindFromCode(t[i++]);
            const auto n = numbersAfter();
            if (kind && n.size() >= 2)
                in.settings.overrides[*kind] = {static_cast<int>(n[0]), static_cast<int>(n[1])};
        }
    }
    return in;
}

bool within(std::int64_t v, std::int64_t low, std::int64_t high) {
    return v >= low && v <= high;
}

/// Twice the floor area by the rules' own limits, in 128 bits; nullopt for a bad shape.
std::optional<Wide> referenceTwiceArea(const PartGeometry& p) {
    if (p.lengthsMm.empty() == p.verticesMm.empty())
        return std::nullopt;
    if (!p.lengthsMm.empty()) {
        if (p.lengthsMm.size() != 2 || !within(p.lengthsMm[0], 1, kMaxLengthMm) ||
            !within(p.lengthsMm[1], 1, kMaxLengthMm))
            return std::nullopt;
        return Wide{2} * p.lengthsMm[0] * p.lengthsMm[1];
    }
    const auto& v = p.verticesMm;
    if (v.size() < 3 || v.size() > kMaxVertices)
        return std::nullopt;
    Wide sum = 0;
    for (std::size_t i = 0; i < v.size(); ++i) {
        const auto& a = v[i];
        const auto& b = v[(i + 1) % v.size()];
        if (!within(a[0], -kMaxLengthMm, kMaxLengthMm) ||
            !within(a[1], -kMaxLengthMm, kMaxLengthMm))
            return std::nullopt;
        sum += Wide{a[0]} * b[1] - Wide{b[0]} * a[1];
    }
    if (sum == 0)
        return std::nullopt;
    return sum < 0 ? -sum : sum;
}

/// Whether the heights and the factor the kind needs are there and in range.
bool referenceRuleApplies(const PartGeometry& p, const AreaSettings& s) {
    if ((p.heightMm && !within(*p.heightMm, 1, kMaxLengthMm)) ||
        (p.sillMm && !within(*p.sillMm, 0, kMaxLengthMm)))
        return false;
    if (auto o = s.overrides.find(p.kind); o != s.overrides.end())
        return o->second.den >= 1 && o->second.den <= kMaxFactorDen && o->second.num >= 0 &&
               o->second.num <= o->second.den;
    switch (p.kind) {
    case PartKind::BalconyInside:
    case PartKind::BalconyOutside:
        return true;
    case PartKind::BayWindow:
        return p.heightMm && p.sillMm;
    default:
        return p.heightMm.has_value();
    }
}

void checkFormatted(const std::string& s) {
    // -?digits.digits with exactly two decimals
    const std::size_t start = !s.empty() && s[0] == '-' ? 1 : 0;
    const auto dot = s.find('.');
    check(dot != std::string::npos && dot > start && s.size() - dot == 3,
          "formatted value has digits, a point and two decimals");
    for (std::size_t i = start; i < s.size(); ++i)
        check(i == dot || (s[i] >= '0' && s[i] <= '9'), "formatted value is digits only");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const Input in = read({reinterpret_cast<const char*>(data), size});
    const PartArea area = computePartArea(in.part, in.settings);

    const auto twice = referenceTwiceArea(in.part);
    const bool valid = twice && referenceRuleApplies(in.part, in.settings);
    check(area.ok == valid, "accepted exactly when the geometry and heights are valid");
    check(area.ok == area.error.empty(), "refused exactly when there is a message");
    if (area.ok) {
        const Factor f = area.factor;
        check(f.den >= 1 && f.num >= 0 && f.num <= f.den, "factor is between 0 and 1");
        const Wide divisor = Wide{f.den} * 20'000;
        check(area.floorAreaTwiceMm2 == *twice, "floor area matches the 128-bit reference");
        check(area.areaDm2 == (*twice * f.num + divisor / 2) / divisor,
              "counted area is the half-up rounding of floor area times factor");
        check(!area.rule.empty(), "an accepted part says which rule applied");
        checkFormatted(formatDm2(area.areaDm2));
    }
    for (auto n : in.numbers) {
        checkFormatted(formatMm(n));
        checkFormatted(formatDm2(n));
    }
    return 0;
}
