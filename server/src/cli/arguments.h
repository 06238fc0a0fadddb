// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <map>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

namespace survey::server::cli {

/// A command line the user got wrong; main prints it with the usage and exits 2.
class UsageError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

/// A command line split into positional words and --options (`--name value` or
/// `--name=value`; flags take no value; an option may repeat).
class Arguments {
  public:
    /// Parses the words after the program name; `flags` are the options without a value.
    static Arguments parse(const std::vector<std::string>& words,
                           const std::set<std::string>& flags);

    /// The words that are not options, e.g. {"user", "add", "alice"}.
    const std::vector<std::string>& positional() const { return positional_; }
    /// The last value given for an option.
    std::optional<std::string> value(const std::string& name) const;
    /// The value of an option that must be given.
    std::string required(const std::string& name) const;
    /// Every value given for a repeatable option, in order.
    std::vector<std::string> values(const std::string& name) const;
    /// True when the option was given (for flags such as --insecure-http).
    bool flag(const std::string& name) const;
    /// Refuses options outside `allowed` and more than `maxPositional` positional words.
    void allowOnly(const std::set<std::string>& allowed, std::size_t maxPositional) const;

  private:
    std::vector<std::string> positional_;
    std::map<std::string, std::vector<std::string>> options_;
};

} // namespace survey::server::cli
