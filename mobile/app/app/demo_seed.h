// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace survey::device {
class LocalStore;
class PhotoLibrary;
}

namespace survey::app {

/// For offline demos and screenshots (`--demo-local`): when the store has no project yet,
/// adds a local demo project with households in several states, one measured building and
/// a few stamped photos. Its records sit in the outbox like any local work; they are never
/// meant for a server.
void seedDemoProject(device::LocalStore& store, device::PhotoLibrary& photos);

} // namespace survey::app
