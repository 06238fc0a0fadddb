// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace survey::device {

/// What the app knows at a background-sync tick (one a minute).
struct BackgroundSyncState {
    bool loggedIn = false;
    bool projectOpen = false;
    bool syncing = false;       ///< a sync (background or the surveyor's) is running
    int pendingChanges = 0;     ///< outbox changes waiting to be pushed
    int pendingPhotos = 0;      ///< photos the server does not hold yet
    int ticksSinceLastSync = 0; ///< ticks since the last sync ended, either way
};

/// Ticks between syncs when nothing waits to go up: the office's changes (returned
/// households, reviewers' comments) still come down every few minutes.
inline constexpr int kQuietTicks = 5;

/// Whether the app syncs by itself now: at every tick while changes or photos wait to go up
/// and every kQuietTicks ticks otherwise; never without a login (a background sync must not
/// ask for the password in the middle of a measurement), without an open project, or while
/// a sync runs.
bool shouldSyncInBackground(const BackgroundSyncState& state);

} // namespace survey::device
