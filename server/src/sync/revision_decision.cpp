// SPDX-License-Identifier: Apache-2.0
#include "sync/revision_decision.h"

#include "survey/sync/merge.h"

namespace survey::server::sync {

using errors::ApiError;
using errors::ErrorCode;
using nlohmann::json;
using survey::sync::Change;
using survey::sync::Op;

namespace {
RevisionDecision rejected(ErrorCode code, std::string message, std::string field = {}) {
    RevisionDecision d;
    d.verdict = Verdict::Reject;
    d.error = ApiError{code, std::move(message), std::move(field)};
    return d;
}

RevisionDecision decided(Verdict verdict, json fields, bool deleted, json clientView = {}) {
    RevisionDecision d;
    d.verdict = verdict;
    d.fields = std::move(fields);
    d.deleted = deleted;
    if (clientView.is_object())
        d.clientView = std::move(clientView);
    return d;
}

json withoutNulls(json fields) {
    for (auto it = fields.begin(); it != fields.end();)
        it = it->is_null() ? fields.erase(it) : std::next(it);
    return fields;
}

RevisionDecision decideNew(const Change& change) {
    if (change.op == Op::Delete)
        return rejected(ErrorCode::NotFound, "no " + change.entity + " " + change.id + " to delete",
                        "id");
    if (change.baseRev != 0)
        return rejected(ErrorCode::NotFound,
                        change.entity + " " + change.id +
                            " is not on the server; a new record has base_rev 0",
                        "base_rev");
    return decided(Verdict::Apply, withoutNulls(change.fields), false);
}

RevisionDecision decideDelete(const Change& change, const StoredState& stored) {
    // Both sides agree the record is gone: nothing to do and nothing to dispute.
    if (stored.deleted || change.baseRev == stored.rev)
        return decided(Verdict::Apply, stored.fields, true);
    RevisionDecision d = decided(Verdict::Conflict, stored.fields, false);
    d.conflicts.push_back({"deleted", false, false, true});
    return d;
}

RevisionDecision decideStaleUpsert(const Change& change, const StoredState& stored,
                                   const json& base) {
    const json clientView = withoutNulls(overlayFields(base, change.fields));
    if (stored.deleted) {
        // Deleted on the server while the device edited it: keep the tombstone and keep the
        // device's whole edit as the client side of the conflict.
        RevisionDecision d = decided(Verdict::Conflict, stored.fields, true, clientView);
        d.conflicts.push_back({"deleted", false, true, change.fields});
        return d;
    }
    auto merge = survey::sync::mergeFields(base, stored.fields, change.fields);
    RevisionDecision d = decided(merge.conflicts.empty() ? Verdict::Apply : Verdict::Conflict,
                                 withoutNulls(std::move(merge.merged)), false, clientView);
    d.conflicts = std::move(merge.conflicts);
    return d;
}
} // namespace

json overlayFields(const json& record, const json& changes) {
    json out = record.is_object() ? record : json::object();
    for (const auto& [key, value] : changes.items()) {
        if (value.is_null())
            out.erase(key);
        else
            out[key] = value;
    }
    return out;
}

RevisionDecision decideRevision(const Change& change, const std::optional<StoredState>& stored,
                                const std::optional<json>& baseFields) {
    if (!stored)
        return decideNew(change);
    if (change.op == Op::Delete)
        return decideDelete(change, *stored);
    if (change.baseRev == stored->rev)
        return decided(Verdict::Apply, withoutNulls(overlayFields(stored->fields, change.fields)),
                       false);
    if (!baseFields)
        return rejected(ErrorCode::Validation,
                        "base_rev " + std::to_string(change.baseRev) + " is not a revision of " +
                            change.entity + " " + change.id,
                        "base_rev");
    return decideStaleUpsert(change, *stored, *baseFields);
}

} // namespace survey::server::sync
