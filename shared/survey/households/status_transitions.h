// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <span>
#include <string_view>

namespace survey::households {

/// Who moves a household from one status to the next (domain.md §7). System is the server
/// itself acting on receipt of a surveyor's work.
enum class Actor { Surveyor, Reviewer, Admin, System };

/// Why a status change is or is not allowed.
enum class TransitionVerdict {
    Allowed,
    Unchanged,     ///< from == to: no transition, nothing to check
    UnknownStatus, ///< either side is not a status code
    NotATransition,
    WrongActor, ///< a legal transition, but not one this actor makes
};

/// The answer of checkTransition.
struct TransitionCheck {
    TransitionVerdict verdict = TransitionVerdict::NotATransition;
    /// The transition must carry a comment (a return tells the surveyor what to fix).
    bool commentRequired = false;

    bool allowed() const {
        return verdict == TransitionVerdict::Allowed || verdict == TransitionVerdict::Unchanged;
    }
};

/// One legal step of the household status machine and who may take it.
struct StatusTransition {
    std::string_view from, to;
    bool surveyor, reviewer, admin, system;
    bool commentRequired;
};

/// Every legal single step, as the status machine of domain.md §7 defines it.
std::span<const StatusTransition> statusTransitions();

/// Whether `actor` may move a household from status `from` to `to` in one step.
TransitionCheck checkTransition(std::string_view from, std::string_view to, Actor actor);

/// Whether `to` is reachable from `from` by steps each taken by one of `actors`: a tablet
/// that was offline sends only its last status, having taken several steps on the way.
/// commentRequired is set when the step into `to` needs a comment.
TransitionCheck checkStatusPath(std::string_view from, std::string_view to,
                                std::span<const Actor> actors);

} // namespace survey::households
