// SPDX-License-Identifier: Apache-2.0
// The canonical encoder (the text every audit row and record hash is taken of) against
// nlohmann's own dump, which it replaces for speed: for any bytes taken as a string, and for
// any document they parse to, both must give the same text or both refuse (invalid UTF-8).
#include "fuzz_check.h"
#include "survey/records/canonical_json.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

namespace {
std::optional<std::string> nlohmannDump(const nlohmann::json& value) {
    try {
        return value.dump(-1, ' ', false, nlohmann::json::error_handler_t::strict);
    } catch (const nlohmann::json::type_error&) {
        return std::nullopt;
    }
}

std::optional<std::string> canonical(const nlohmann::json& value) {
    try {
        return survey::records::canonicalJson(value);
    } catch (const nlohmann::json::type_error&) {
        return std::nullopt;
    }
}

std::optional<std::string> canonicalString(std::string_view text) {
    std::string out = "prefix";
    try {
        survey::records::appendCanonicalString(out, text);
    } catch (const nlohmann::json::type_error&) {
        survey::fuzz::check(out == "prefix", "a refused string leaves the output as it was");
        return std::nullopt;
    }
    survey::fuzz::check(out.starts_with("prefix"), "appending keeps what was there");
    return out.substr(6);
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using survey::fuzz::check;
    const std::string bytes(reinterpret_cast<const char*>(data), size);
    check(canonicalString(bytes) == nlohmannDump(nlohmann::json(bytes)),
          "a string encodes as nlohmann encodes it, or both refuse");
    const auto document = nlohmann::json::parse(bytes, nullptr, false);
    if (!document.is_discarded())
        check(canonical(document) == nlohmannDump(document),
              "a document encodes as nlohmann encodes it");
    return 0;
}
