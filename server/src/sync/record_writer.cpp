// SPDX-License-Identifier: Apache-2.0
#include "sync/record_writer.h"

namespace survey::server::sync {

std::int64_t writeRecordChange(ChangeLog& log, records::RecordStore& store,
                               const records::EntitySpec& entity, const LoggedChange& change,
                               bool deleted) {
    const std::int64_t seq = log.append(change);
    store.write(entity,
                {change.entityId, change.projectId, seq, deleted, change.at, change.userId,
                 change.deviceId},
                change.fields);
    return seq;
}

} // namespace survey::server::sync
