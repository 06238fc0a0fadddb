// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>
#include <string_view>

namespace survey::server::console {

/// One file of the console as shipped inside the binary.
struct ConsoleAsset {
    std::string_view body;
    std::string_view contentType;
};

/// The embedded file at `path` relative to server/web (e.g. "views/queue.js"), or nullopt.
std::optional<ConsoleAsset> findConsoleAsset(std::string_view path);

} // namespace survey::server::console
