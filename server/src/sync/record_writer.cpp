// SPDX-License-Identifier: Apache-2.0
#include "sync/record_writer.h"

namespace survey::server::sync {

std::int64_t writeRecordChange(ChangeLog& log, records::RecordStore& store,
                               const records::EntitySpec& entity, const LoggedChange& change,
                               bool deleted) {
    const std::int64_t seq = log.append(change);
    records::StoredRecord record;
    record.id = change.entityId;
    record.projectId = change.projectId;
    record.rev = seq;
    record.deleted = deleted;
    record.fields = change.fields;
    store.write(entity, record, {change.at, change.userId, change.deviceId});
    return seq;
}

} // namespace survey::server::sync
