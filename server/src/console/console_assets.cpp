// SPDX-License-Identifier: Apache-2.0
#include "console/console_assets.h"

#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

// Generated from server/web by cmake/EmbedFiles.cmake.
std::vector<std::pair<std::string_view, std::string_view>> surveyEmbeddedConsole();

namespace survey::server::console {

namespace {
std::string_view contentTypeFor(std::string_view path) {
    if (path.ends_with(".html"))
        return "text/html; charset=utf-8";
    if (path.ends_with(".js"))
        return "text/javascript; charset=utf-8";
    if (path.ends_with(".css"))
        return "text/css; charset=utf-8";
    if (path.ends_with(".svg"))
        return "image/svg+xml";
    return "application/octet-stream";
}

const std::unordered_map<std::string_view, std::string_view>& assets() {
    static const auto map = [] {
        std::unordered_map<std::string_view, std::string_view> m;
        for (const auto& [name, body] : surveyEmbeddedConsole())
            m.emplace(name, body);
        return m;
    }();
    return map;
}
} // namespace

std::optional<ConsoleAsset> findConsoleAsset(std::string_view path) {
    auto it = assets().find(path);
    if (it == assets().end())
        return std::nullopt;
    return ConsoleAsset{it->second, contentTypeFor(path)};
}

} // namespace survey::server::console
