// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

namespace survey::server::notices {

/// What the public verification page may say about a notice. Anyone holding the paper can
/// open it, so it carries no personal data: no names, ID numbers, phones or addresses.
struct VerifyFacts {
    std::string serial, kindLabel, projectName, issuedOn, contentSha256, pdfSha256;
    bool current = true;
    std::string replacedBySerial; ///< when void and re-issued
};

/// The UTF-8 HTML page: 有效 or 已作废 (and the replacing serial), with both hashes; every
/// stored value is HTML-escaped. `facts` empty: the page for an unknown serial.
std::string verifyHtml(const std::optional<VerifyFacts>& facts, const std::string& askedSerial);

/// The same answer as JSON: {serial, status: current|void|unknown, ...}.
nlohmann::json verifyJson(const std::optional<VerifyFacts>& facts, const std::string& askedSerial);

/// `text` with & < > " ' replaced by character references.
std::string escapeHtml(const std::string& text);

} // namespace survey::server::notices
