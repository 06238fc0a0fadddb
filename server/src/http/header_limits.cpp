// SPDX-License-Identifier: Apache-2.0
#include "http/header_limits.h"

#include <string>

namespace survey::server::http {

using errors::ApiError;
using errors::ErrorCode;

std::optional<ApiError> headerProblem(const httplib::Headers& headers) {
    if (headers.size() > kMaxHeaderCount)
        return ApiError{ErrorCode::TooLarge,
                        "at most " + std::to_string(kMaxHeaderCount) + " header fields"};
    std::size_t bytes = 0;
    for (const auto& [name, value] : headers)
        bytes += name.size() + value.size();
    if (bytes > kMaxHeaderBytes)
        return ApiError{ErrorCode::TooLarge,
                        "at most " + std::to_string(kMaxHeaderBytes) + " bytes of headers"};
    return std::nullopt;
}

} // namespace survey::server::http
