// SPDX-License-Identifier: Apache-2.0
#include "cli/arguments.h"

namespace survey::server::cli {

Arguments Arguments::parse(const std::vector<std::string>& words,
                           const std::set<std::string>& flags) {
    Arguments args;
    for (std::size_t i = 0; i < words.size(); ++i) {
        const std::string& word = words[i];
        if (!word.starts_with("--")) {
            args.positional_.push_back(word);
            continue;
        }
        std::string name = word.substr(2);
        if (auto eq = name.find('='); eq != std::string::npos) {
            args.options_[name.substr(0, eq)].push_back(name.substr(eq + 1));
        } else if (flags.contains(name)) {
            args.options_[name].push_back({});
        } else {
            if (i + 1 >= words.size())
                throw UsageError("--" + name + " needs a value");
            args.options_[name].push_back(words[++i]);
        }
    }
    return args;
}

std::optional<std::string> Arguments::value(const std::string& name) const {
    auto it = options_.find(name);
    if (it == options_.end())
        return std::nullopt;
    return it->second.back();
}

std::string Arguments::required(const std::string& name) const {
    auto v = value(name);
    if (!v || v->empty())
        throw UsageError("--" + name + " is required");
    return *v;
}

std::vector<std::string> Arguments::values(const std::string& name) const {
    auto it = options_.find(name);
    return it == options_.end() ? std::vector<std::string>{} : it->second;
}

bool Arguments::flag(const std::string& name) const {
    return options_.contains(name);
}

void Arguments::allowOnly(const std::set<std::string>& allowed, std::size_t maxPositional) const {
    for (const auto& [name, _] : options_)
        if (!allowed.contains(name))
            throw UsageError("unknown option --" + name);
    if (positional_.size() > maxPositional)
        throw UsageError("unexpected argument " + positional_[maxPositional]);
}

} // namespace survey::server::cli
