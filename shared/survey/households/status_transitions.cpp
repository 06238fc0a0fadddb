// SPDX-License-Identifier: Apache-2.0
#include "survey/households/status_transitions.h"

#include "survey/households/codes.h"

#include <algorithm>
#include <deque>
#include <optional>
#include <vector>

namespace survey::households {

namespace {
// S = surveyor, R = reviewer, A = admin, Y = system (the server on receipt).
constexpr bool S = true, R = true, A = true, Y = true, _ = false;

// The survey goes forward on the tablet; until it is submitted the team may reopen the
// record (a correction before signing, an edit that makes a signature stale, a household
// found at home after all). Submission is the server's doing when the signed, refused or
// unreachable record arrives. Review returns (with a comment) or approves; an approved
// household can still be returned, which is the only way to edit it again. Posting and
// 认定 are the back office's, in order.
// clang-format off
constexpr StatusTransition kTransitions[] = {
    // from                 to                    S  R  A  Y  comment
    {"not_surveyed",        "notified",           S, _, _, _, false},
    {"notified",            "in_progress",        S, _, _, _, false},
    {"notified",            "absent",             S, _, _, _, false},
    {"in_progress",         "awaiting_signature", S, _, _, _, false},
    {"awaiting_signature",  "in_progress",        S, _, _, _, false},
    {"awaiting_signature",  "signed",             S, _, _, _, false},
    {"awaiting_signature",  "refused",            S, _, _, _, false},
    {"awaiting_signature",  "absent",             S, _, _, _, false},
    {"signed",              "in_progress",        S, _, _, _, false},
    {"refused",             "in_progress",        S, _, _, _, false},
    {"absent",              "in_progress",        S, _, _, _, false},
    {"signed",              "submitted",          _, _, _, Y, false},
    {"refused",             "submitted",          _, _, _, Y, false},
    {"absent",              "submitted",          _, _, _, Y, false},
    {"submitted",           "returned",           _, R, A, _, true},
    {"submitted",           "approved",           _, R, A, _, false},
    {"approved",            "returned",           _, R, A, _, true},
    {"returned",            "in_progress",        S, _, _, _, false},
    {"approved",            "posted",             _, R, A, _, false},
    {"posted",              "recognizing",        _, R, A, _, false},
    {"recognizing",         "recognized",         _, R, A, _, false},
    {"recognized",          "recognition_posted", _, R, A, _, false},
};
// clang-format on

bool takes(const StatusTransition& t, Actor actor) {
    switch (actor) {
    case Actor::Surveyor:
        return t.surveyor;
    case Actor::Reviewer:
        return t.reviewer;
    case Actor::Admin:
        return t.admin;
    case Actor::System:
        return t.system;
    }
    return false;
}

std::optional<TransitionCheck> trivial(std::string_view from, std::string_view to) {
    if (!isKnownCode(statusCodes(), from) || !isKnownCode(statusCodes(), to))
        return TransitionCheck{TransitionVerdict::UnknownStatus, false};
    if (from == to)
        return TransitionCheck{TransitionVerdict::Unchanged, false};
    return std::nullopt;
}
} // namespace

std::span<const StatusTransition> statusTransitions() {
    return kTransitions;
}

TransitionCheck checkTransition(std::string_view from, std::string_view to, Actor actor) {
    if (auto t = trivial(from, to))
        return *t;
    for (const auto& t : kTransitions)
        if (t.from == from && t.to == to)
            return {takes(t, actor) ? TransitionVerdict::Allowed : TransitionVerdict::WrongActor,
                    t.commentRequired};
    return {TransitionVerdict::NotATransition, false};
}

TransitionCheck checkStatusPath(std::string_view from, std::string_view to,
                                std::span<const Actor> actors) {
    if (auto t = trivial(from, to))
        return *t;
    auto anyActor = [&](const StatusTransition& t) {
        return std::any_of(actors.begin(), actors.end(), [&](Actor a) { return takes(t, a); });
    };
    // Breadth-first over the table: it has a few dozen rows, so no index is needed.
    std::vector<std::string_view> seen{from};
    std::deque<std::string_view> queue{from};
    while (!queue.empty()) {
        const std::string_view at = queue.front();
        queue.pop_front();
        for (const auto& t : kTransitions) {
            if (t.from != at || !anyActor(t))
                continue;
            if (t.to == to)
                return {TransitionVerdict::Allowed, t.commentRequired};
            if (std::find(seen.begin(), seen.end(), t.to) == seen.end()) {
                seen.push_back(t.to);
                queue.push_back(t.to);
            }
        }
    }
    // Not reachable by these actors: say whether anyone could take the direct step.
    const auto direct = checkTransition(from, to, Actor::System);
    return {direct.verdict == TransitionVerdict::NotATransition ? TransitionVerdict::NotATransition
                                                                : TransitionVerdict::WrongActor,
            direct.commentRequired};
}

} // namespace survey::households
