// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "survey/errors/api_error.h"

#include <cstdint>
#include <httplib.h>
#include <optional>
#include <string_view>

namespace survey::server::blobs {

/// The tus protocol version these routes speak, sent as Tus-Resumable on every answer.
inline constexpr std::string_view kTusVersion = "1.0.0";

/// Why an upload or its HEAD is refused: no record the caller works with names the blob.
inline constexpr std::string_view kNotNamedForYou =
    "no photo or signature you may write names this blob: push its record first";

/// Most byte ranges one GET may ask for.
inline constexpr std::size_t kMaxRanges = 8;

/// A decimal byte count as tus headers carry it (digits only), or nullopt.
std::optional<std::uint64_t> parseByteCount(std::string_view text);

/// Why the request's byte ranges cannot be served from a blob of `size` bytes, if they
/// cannot. Ranges must lie inside the blob: cpp-httplib 0.11 does not clamp them itself.
std::optional<std::string> rangeProblem(const httplib::Ranges& ranges, std::uint64_t size);

/// Sends the error JSON with `status` instead of the code's usual one (415, 416).
void sendErrorWithStatus(httplib::Response& res, const errors::ApiError& error, int status);

} // namespace survey::server::blobs
