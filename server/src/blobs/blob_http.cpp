// SPDX-License-Identifier: Apache-2.0
#include "blobs/blob_http.h"

#include "http/json_io.h"

#include <algorithm>
#include <charconv>

namespace survey::server::blobs {

std::optional<std::uint64_t> parseByteCount(std::string_view text) {
    if (text.empty() || text.size() > 19 ||
        !std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return std::nullopt;
    std::uint64_t value = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return value;
}

std::optional<std::string> rangeProblem(const httplib::Ranges& ranges, std::uint64_t size) {
    if (ranges.size() > kMaxRanges)
        return "at most " + std::to_string(kMaxRanges) + " ranges per request";
    const auto signedSize = static_cast<ssize_t>(size);
    for (const auto& [first, last] : ranges) {
        const bool suffix = first < 0;
        const bool fits =
            suffix ? last > 0 && last <= signedSize
                   : first < signedSize && (last < 0 || (last >= first && last < signedSize));
        if (!fits)
            return "a range reaches outside the blob of " + std::to_string(size) + " bytes";
    }
    return std::nullopt;
}

void sendErrorWithStatus(httplib::Response& res, const errors::ApiError& error, int status) {
    http::sendError(res, error);
    res.status = status;
}

} // namespace survey::server::blobs
