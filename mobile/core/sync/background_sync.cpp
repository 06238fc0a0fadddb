// SPDX-License-Identifier: Apache-2.0
#include "sync/background_sync.h"

namespace survey::device {

bool shouldSyncInBackground(const BackgroundSyncState& state) {
    if (!state.loggedIn || !state.projectOpen || state.syncing)
        return false;
    if (state.pendingChanges > 0 || state.pendingPhotos > 0)
        return true;
    return state.ticksSinceLastSync >= kQuietTicks;
}

} // namespace survey::device
