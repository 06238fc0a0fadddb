// SPDX-License-Identifier: Apache-2.0
#include "sync/push_audit_detail.h"

#include "survey/records/canonical_json.h"

namespace survey::server::sync {

std::string pushAuditDetail(std::string_view projectId, const survey::sync::ChangeResult& result) {
    std::string out;
    out.reserve(128 + result.changeId.size() + projectId.size());
    out += R"({"change_id":)";
    records::appendCanonicalString(out, result.changeId);
    if (!result.conflicts.empty()) {
        out += R"(,"conflicts":[)";
        bool first = true;
        for (const auto& c : result.conflicts) {
            if (!first)
                out += ',';
            first = false;
            records::appendCanonicalString(out, c.field);
        }
        out += ']';
    }
    out += R"(,"project_id":)";
    records::appendCanonicalString(out, projectId);
    out += R"(,"rev":)";
    out += std::to_string(result.rev);
    out += R"(,"status":)";
    records::appendCanonicalString(out, survey::sync::statusName(result.status));
    out += '}';
    return out;
}

} // namespace survey::server::sync
