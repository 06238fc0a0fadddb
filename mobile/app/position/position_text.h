// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QtGlobal>
#include <optional>

namespace survey::app {

/// Position figures as the surveyor reads them, in the UI language.
class PositionText {
    Q_DECLARE_TR_FUNCTIONS(PositionText)

  public:
    /// "±8.2 m" (one decimal below 10 m, whole metres above); "±? m" when unknown.
    static QString accuracy(std::optional<double> metres);
    /// "5 s", "3 min", "2 h": the age of a fix, coarser as it grows.
    static QString age(qint64 seconds);
    /// "28.195012, 112.976431": latitude and longitude with six decimals (about 0.1 m).
    static QString coordinates(double latitude, double longitude);
};

} // namespace survey::app
