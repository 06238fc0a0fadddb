// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

class QQmlApplicationEngine;

namespace survey::device {
class LocalStore;
}

namespace survey::app {

/// Development hook for visual checks under Xvfb (`--screenshot FILE --screenshot-page
/// NAME`): opens the page with the store's first project, household and part, waits for
/// transitions to settle, grabs the window to FILE and quits (exit code 1 on failure).
/// Besides Main.qml's page names: "part-polygon" and "part-half" open the first polygon
/// part or the first part counted at half area; "conflict" opens the first household with
/// sync problems to settle.
void scheduleScreenshot(QQmlApplicationEngine& engine, device::LocalStore& store,
                        const QString& page, const QString& file);

} // namespace survey::app
