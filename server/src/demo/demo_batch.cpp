// SPDX-License-Identifier: Apache-2.0
#include "demo/demo_batch.h"

#include "survey/records/record_id.h"

namespace survey::server::demo {

std::string DemoBatch::newId() {
    std::uniform_int_distribution<std::uint32_t> word;
    const std::uint32_t a = word(random_), b = word(random_), c = word(random_), d = word(random_);
    // Ids made in order a few milliseconds apart (a surveyor's are seconds apart; only the
    // order matters to the indexes), so a seed gives the same survey.
    clockMs_ += 1 + (d & 3);
    std::array<std::uint8_t, 10> bits{};
    for (std::size_t i = 0; i < bits.size(); ++i)
        bits[i] = static_cast<std::uint8_t>((i < 4 ? a : i < 8 ? b : c) >> (8 * (i % 4)));
    return survey::records::uuidV7(clockMs_, bits);
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
