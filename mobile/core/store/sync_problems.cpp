// SPDX-License-Identifier: Apache-2.0
// The surveyor's side of conflicts and rejections: what the server answered, readable.
#include "store/local_store.h"

namespace survey::device {

namespace {
using nlohmann::json;

QString valueText(const json& value) {
    if (value.is_null())
        return {};
    if (value.is_string())
        return QString::fromStdString(value.get<std::string>());
    return QString::fromStdString(value.dump());
}
} // namespace

QList<SyncProblem> LocalStore::syncProblems(const QString& householdId) {
    auto q = db_.prepare("SELECT seq, entity, entity_id, state, result_json FROM outbox"
                         " WHERE household_id = ? AND state <> 'pending' ORDER BY seq");
    q.bind(1, householdId.toStdString());
    QList<SyncProblem> out;
    while (q.step()) {
        SyncProblem p;
        p.seq = q.getInt(0);
        p.entity = QString::fromStdString(q.getText(1));
        p.entityId = QString::fromStdString(q.getText(2));
        p.conflict = q.getText(3) == "conflict";
        const json result = json::parse(q.getText(4), nullptr, false);
        if (result.is_object()) {
            if (const auto error = result.value("error", json()); error.is_object())
                p.message = valueText(error.value("message", json()));
            for (const auto& c : result.value("conflicts", json::array()))
                if (c.is_object())
                    p.fields.append({valueText(c.value("field", json())),
                                     valueText(c.value("server", json())),
                                     valueText(c.value("client", json()))});
        }
        out.append(p);
    }
    return out;
}

bool LocalStore::dismissProblem(qint64 seq) {
    auto q = db_.prepare("DELETE FROM outbox WHERE seq = ? AND state <> 'pending'");
    q.bind(1, static_cast<std::int64_t>(seq));
    q.run();
    return db_.changes() > 0;
}

} // namespace survey::device
