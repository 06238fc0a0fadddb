// SPDX-License-Identifier: Apache-2.0
#include "demo/demo_batch.h"

#include <cstdio>

namespace survey::server::demo {

std::string DemoBatch::newId() {
    std::uniform_int_distribution<std::uint32_t> word;
    const std::uint32_t a = word(random_), b = word(random_), c = word(random_), d = word(random_);
    char text[40];
    std::snprintf(text, sizeof text, "%08x-%04x-4%03x-%04x-%04x%08x", a, b >> 16, b & 0x0fff,
                  (c >> 16 & 0x3fff) | 0x8000, c & 0xffff, d);
    return text;
}

int DemoBatch::between(int low, int high) {
    return std::uniform_int_distribution<int>(low, high)(random_);
}

std::int64_t DemoBatch::lengthMm(int low, int high) {
    return between(low / 10, high / 10) * 10;
}

bool DemoBatch::chance(int percent) {
    return between(1, 100) <= percent;
}

std::string DemoBatch::create(std::string_view entity, nlohmann::json fields) {
    std::string id = newId();
    changes_.push_back(
        {newId(), std::string(entity), id, survey::sync::Op::Upsert, 0, std::move(fields)});
    return id;
}

void DemoBatch::update(std::string_view entity, const std::string& id, nlohmann::json fields) {
    changes_.push_back(
        {newId(), std::string(entity), id, survey::sync::Op::Upsert, 0, std::move(fields)});
}

} // namespace survey::server::demo
