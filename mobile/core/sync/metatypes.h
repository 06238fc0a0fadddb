// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "store/store_types.h"
#include "survey/sync/protocol.h"

#include <QList>
#include <QMetaType>

// Signal arguments of SyncClient, declared so that queued connections, QVariant and
// QSignalSpy can carry them.
Q_DECLARE_METATYPE(survey::device::ProjectInfo)
Q_DECLARE_METATYPE(survey::sync::PushResponse)
Q_DECLARE_METATYPE(survey::sync::ChangesPage)
