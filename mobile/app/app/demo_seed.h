// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace survey::device {
class LocalStore;
}

namespace survey::app {

/// For offline demos and screenshots (`--demo-local`): when the store has no project yet,
/// adds a local demo project with households in several states and one measured building.
/// Its records sit in the outbox like any local work; they are never meant for a server.
void seedDemoProject(device::LocalStore& store);

} // namespace survey::app
