// SPDX-License-Identifier: Apache-2.0
#include "review/sql_json.h"

#include <sqlite3.h>

namespace survey::server::review {

nlohmann::json rowToJson(const storage::Statement& q) {
    nlohmann::json row = nlohmann::json::object();
    for (int c = 0; c < q.columnCount(); ++c) {
        auto& value = row[q.columnName(c)];
        switch (q.columnType(c)) {
        case SQLITE_INTEGER:
            value = q.getInt(c);
            break;
        case SQLITE_FLOAT:
            value = q.getDouble(c);
            break;
        case SQLITE_NULL:
            value = nullptr;
            break;
        default:
            value = q.getText(c);
        }
    }
    return row;
}

nlohmann::json rowsToJson(storage::Statement& q) {
    nlohmann::json rows = nlohmann::json::array();
    while (q.step())
        rows.push_back(rowToJson(q));
    return rows;
}

} // namespace survey::server::review
