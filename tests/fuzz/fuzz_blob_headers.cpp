// SPDX-License-Identifier: Apache-2.0
// The blob routes' parsers of untrusted request parts: the blob name in the URL (path
// tricks), the tus byte counts (Upload-Offset, Upload-Length, Content-Length) and the
// Range header as cpp-httplib parses it and the server bounds it. The input is lines:
// name, byte count, Range value, size of the stored blob.
#include "blobs/blob_http.h"
#include "fuzz_check.h"
#include "survey/hashing/sha256.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace {
std::vector<std::string_view> lines(std::string_view input) {
    std::vector<std::string_view> out;
    while (out.size() < 4) {
        const auto end = input.find('\n');
        out.push_back(input.substr(0, end));
        if (end == std::string_view::npos)
            break;
        input.remove_prefix(end + 1);
    }
    out.resize(4);
    return out;
}

bool allDigits(std::string_view s) {
    return std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// A blob name reaches the file system (DIR/blobs/aa/bb/<name>) only when it passes.
void checkName(std::string_view name) {
    if (!survey::hashing::isSha256Hex(std::string(name)))
        return;
    survey::fuzz::check(name.size() == 64, "a blob name is 64 characters");
    survey::fuzz::check(
        std::all_of(name.begin(), name.end(),
                    [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); }),
        "a blob name is lower-case hex: no separators, dots or NULs");
}

// tus byte counts are plain decimal digits, and every such count of up to 19 digits fits.
void checkByteCount(std::string_view text) {
    const auto value = survey::server::blobs::parseByteCount(text);
    const bool wellFormed = !text.empty() && text.size() <= 19 && allDigits(text);
    survey::fuzz::check(value.has_value() == wellFormed, "byte counts are 1-19 digits");
    if (!value)
        return;
    const std::string back = std::to_string(*value);
    const auto digits = text.find_first_not_of('0');
    survey::fuzz::check(back == (digits == std::string_view::npos ? "0" : text.substr(digits)),
                        "a byte count reads back as written");
}

// Ranges the server accepts lie inside the blob, so the file is never read past its end.
void checkRange(std::string_view header, std::string_view sizeText) {
    const auto size = survey::server::blobs::parseByteCount(sizeText.substr(0, 12));
    if (!size || header.empty())
        return;
    httplib::Ranges ranges;
    if (!httplib::detail::parse_range_header(std::string(header), ranges))
        return;
    if (survey::server::blobs::rangeProblem(ranges, *size))
        return;
    survey::fuzz::check(ranges.size() <= survey::server::blobs::kMaxRanges, "few ranges");
    const auto blob = static_cast<std::int64_t>(*size);
    for (const auto& [first, last] : ranges) {
        const std::int64_t from = first < 0 ? blob - last : first;
        const std::int64_t to = first < 0 || last < 0 ? blob - 1 : last;
        survey::fuzz::check(from >= 0 && from <= to && to < blob, "an accepted range fits");
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto parts = lines({reinterpret_cast<const char*>(data), size});
    checkName(parts[0]);
    checkByteCount(parts[1]);
    checkRange(parts[2], parts[3]);
    return 0;
}
