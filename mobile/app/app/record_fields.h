// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

// Conversions between the editors' Qt values and records' wire JSON fields.
namespace survey::app {

std::string utf8(const QString& text);

/// A text field of a stored record; empty when absent, null or not text.
QString textField(const nlohmann::json& fields, const char* name);
/// An integer field of a stored record; nullopt when absent, null or not an integer.
std::optional<std::int64_t> intField(const nlohmann::json& fields, const char* name);

/// A real-number field (latitude, accuracy…); nullopt when absent, null or not a number.
std::optional<double> realField(const nlohmann::json& fields, const char* name);

/// Trimmed text as a field value; blank text clears the field (null), so that an emptied
/// input removes the value instead of storing "".
nlohmann::json textValue(const QString& text);

/// An optional integer as a field value; nullopt clears the field (null).
nlohmann::json intValue(std::optional<std::int64_t> value);

/// An optional real number as a field value; nullopt clears the field (null).
nlohmann::json realValue(std::optional<double> value);

/// The fields of `after` whose values differ from `before`. Editors send only these, so
/// that the server's field-level merge keeps what others changed meanwhile.
nlohmann::json changedFields(const nlohmann::json& before, const nlohmann::json& after);

} // namespace survey::app
