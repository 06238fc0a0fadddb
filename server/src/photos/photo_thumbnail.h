// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <filesystem>
#include <string>

// Kept free of Qt headers, like notices/notice_rendering.h: server code names variables
// `signals`, which Qt defines away.
namespace survey::server::photos {

/// Longest side of a review thumbnail in pixels: a tile in the household view at 2× density.
inline constexpr int kThumbnailEdge = 320;

/// A JPEG of the image file at `source`, scaled down to `edge` pixels on its longer side and
/// turned upright by its EXIF orientation, cached as `cached` (written through a temporary
/// file and renamed, so concurrent requests never read half a file). Returns the bytes, or
/// an empty string when the file is not an image Qt can read.
std::string thumbnail(const std::filesystem::path& source, const std::filesystem::path& cached,
                      int edge = kThumbnailEdge);

} // namespace survey::server::photos
