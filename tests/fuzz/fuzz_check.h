// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstdio>
#include <cstdlib>

namespace survey::fuzz {

/// Stops the run on a broken invariant. abort() is what both libFuzzer (which then saves
/// the input as a crash artifact) and ctest (a failed test) recognise, in every build type,
/// which assert() is not.
inline void check(bool holds, const char* invariant) {
    if (holds)
        return;
    std::fprintf(stderr, "fuzz invariant broken: %s\n", invariant);
    std::abort();
}

} // namespace survey::fuzz
