// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "survey/records/record_store.h"
#include "sync/change_log.h"

#include <cstdint>

namespace survey::server::sync {

/// Writes one record change the way every server-side change is written: logged first (the
/// log's seq becomes the record's rev), then stored, so that every tablet pulls it. Pushes,
/// review decisions and conflict resolutions all go through here, inside their caller's
/// transaction. Returns the new rev.
std::int64_t writeRecordChange(ChangeLog& log, records::RecordStore& store,
                               const records::EntitySpec& entity, const LoggedChange& change,
                               bool deleted);

} // namespace survey::server::sync
