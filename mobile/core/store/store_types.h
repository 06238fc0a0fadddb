// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>
#include <QtGlobal>

namespace survey::device {

/// A project the user is assigned to, as the server lists it and the tablet keeps it.
struct ProjectInfo {
    QString id, code, name;
    int areaGrade = 2;           ///< GB/T 17986 tolerance grade for certificate vs measured area
    double gpsMaxAccuracyM = 15; ///< a fix worse than this is refused
    int gpsMaxAgeS = 60;         ///< a fix older than this is refused
    QString freezeDate;          ///< 冻结日期 (YYYY-MM-DD), empty when the server has none
};

/// One line of the household list: enough to find a household and see its sync state.
struct HouseholdSummary {
    QString id, code, headName, address, doorNo, status;
    int pendingChanges = 0; ///< outbox changes still waiting to be pushed
    qint64 rev = 0;         ///< server revision the tablet knows (0: never synced)
    int problems = 0;       ///< changes the server answered with a conflict or a rejection
};

/// One field both the office and this tablet changed since the tablet's base (冲突).
struct FieldConflictText {
    QString field;
    QString office, mine; ///< the values as text ("" for none)
};

/// A change the server did not take as sent: a conflict (the office's values kept, both
/// sides stored for the reviewer) or a rejection (nothing applied), with its message.
struct SyncProblem {
    qint64 seq = 0; ///< the outbox entry
    QString entity, entityId;
    bool conflict = false;
    QString message;
    QList<FieldConflictText> fields;
};

/// What the household list shows; every empty / false member lets all households through.
struct HouseholdFilter {
    QString search;            ///< contained in the code, head's name or address
    QString status;            ///< household status code; not_surveyed also matches no status
    QString street;            ///< exactly this street (households::streetOf the address)
    bool unsyncedOnly = false; ///< only households with pending changes or problems
};

} // namespace survey::device
