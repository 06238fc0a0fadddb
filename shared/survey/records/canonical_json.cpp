// SPDX-License-Identifier: Apache-2.0
#include "survey/records/canonical_json.h"

#include "survey/hashing/sha256.h"

#include <cstdint>
#include <cstring>

namespace survey::records {

namespace {
using nlohmann::json;

std::string nlohmannCanonical(const json& value) {
    return value.dump(-1, ' ', false, json::error_handler_t::strict);
}

bool isContinuation(unsigned char c) {
    return (c & 0xC0) == 0x80;
}

// Length of the well-formed UTF-8 sequence (Unicode table 3-7, which is what nlohmann's
// decoder accepts) that starts at text[i] with a byte >= 0x80; 0 when it is not one.
std::size_t utf8SequenceLength(std::string_view text, std::size_t i) {
    const auto at = [&](std::size_t k) { return static_cast<unsigned char>(text[i + k]); };
    const unsigned char lead = at(0);
    std::size_t length = 0;
    unsigned char low = 0x80, high = 0xBF; // range of the second byte
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        if (lead == 0xE0)
            low = 0xA0; // no overlong forms
        else if (lead == 0xED)
            high = 0x9F; // no surrogates
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        if (lead == 0xF0)
            low = 0x90;
        else if (lead == 0xF4)
            high = 0x8F; // nothing above U+10FFFF
    } else {
        return 0;
    }
    if (i + length > text.size() || at(1) < low || at(1) > high)
        return 0;
    for (std::size_t k = 2; k < length; ++k)
        if (!isContinuation(at(k)))
            return 0;
    return length;
}

// True when none of the eight bytes of `word` needs a look: printable ASCII other than '"'
// and '\\'. Ids, times and hashes, most of what a push encodes, are such bytes only.
bool isPlainWord(std::uint64_t word) {
    constexpr std::uint64_t ones = 0x0101010101010101, highs = 0x8080808080808080;
    // Whether any byte of v is below n (n <= 0x80); below 1 is zero.
    const auto anyBelow = [](std::uint64_t v, std::uint64_t n) {
        return (v - ones * n) & ~v & highs;
    };
    return !(word & highs) && !anyBelow(word, 0x20) && !anyBelow(word ^ (ones * '"'), 1) &&
           !anyBelow(word ^ (ones * '\\'), 1);
}

bool isPlainAscii(char c) {
    const auto byte = static_cast<unsigned char>(c);
    return byte >= 0x20 && byte < 0x80 && c != '"' && c != '\\';
}

void appendValue(std::string& out, const json& value) {
    switch (value.type()) {
    case json::value_t::null:
        out += "null";
        return;
    case json::value_t::boolean:
        out += value.get<bool>() ? "true" : "false";
        return;
    case json::value_t::number_integer:
        out += std::to_string(value.get<std::int64_t>());
        return;
    case json::value_t::number_unsigned:
        out += std::to_string(value.get<std::uint64_t>());
        return;
    case json::value_t::string:
        appendCanonicalString(out, value.get_ref<const std::string&>());
        return;
    case json::value_t::array: {
        out += '[';
        bool first = true;
        for (const auto& element : value) {
            if (!first)
                out += ',';
            first = false;
            appendValue(out, element);
        }
        out += ']';
        return;
    }
    case json::value_t::object: {
        out += '{';
        bool first = true;
        // nlohmann::json keeps object keys in a std::map, so they come sorted.
        for (const auto& [key, element] : value.items()) {
            if (!first)
                out += ',';
            first = false;
            appendCanonicalString(out, key);
            out += ':';
            appendValue(out, element);
        }
        out += '}';
        return;
    }
    default: // floating point (nlohmann's own shortest round-trip form), binary, discarded
        out += nlohmannCanonical(value);
        return;
    }
}
} // namespace

std::string canonicalJson(const nlohmann::json& value) {
    std::string out;
    appendCanonicalJson(out, value);
    return out;
}

void appendCanonicalJson(std::string& out, const nlohmann::json& value) {
    appendValue(out, value);
}

void appendCanonicalString(std::string& out, std::string_view text) {
    // One pass: plain ASCII eight bytes at a time where it runs on, the rest byte by byte
    // ('"' and '\\' escaped, UTF-8 sequences checked). Control characters and invalid UTF-8
    // (rare) are left to nlohmann, which escapes the one and refuses the other.
    const std::size_t before = out.size();
    out.reserve(before + text.size() + 2);
    out += '"';
    std::size_t copied = 0; // text[0, copied) is in `out`
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (isPlainAscii(text[i])) {
            // Plain text tends to go on: try it eight bytes at a time.
            for (++i; i + 8 <= text.size(); i += 8) {
                std::uint64_t word;
                std::memcpy(&word, text.data() + i, 8);
                if (!isPlainWord(word))
                    break;
            }
        } else if (c == '"' || c == '\\') {
            out.append(text, copied, i - copied);
            out += '\\';
            copied = i++;
        } else if (const std::size_t length = c >= 0x80 ? utf8SequenceLength(text, i) : 0) {
            i += length;
        } else {
            out.resize(before);
            out += nlohmannCanonical(json(text));
            return;
        }
    }
    out.append(text, copied);
    out += '"';
}

std::string recordHash(const nlohmann::json& value) {
    return hashing::sha256Hex(canonicalJson(value));
}

} // namespace survey::records
