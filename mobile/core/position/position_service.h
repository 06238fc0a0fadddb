// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "position/fix.h"

#include <QGeoPositionInfoSource>
#include <QObject>
#include <QString>
#include <memory>
#include <optional>

class QGeoPositionInfo;

namespace survey::device {

/// The tablet's position: the platform's default source (satellites, or whatever the OS
/// offers), or a recorded NMEA log replayed at its recorded pace when one is given, so
/// that desktops, screenshots and tests have positions. Keeps the latest fix; judging it
/// is fix_policy's job. The source is made on the first start(), so that an app that never
/// asks for a position never wakes the receiver.
class PositionService : public QObject {
    Q_OBJECT

  public:
    /// Why no positions come.
    enum class Problem {
        None,
        NoSource,      ///< the platform has no position source
        LogUnreadable, ///< the NMEA log to replay cannot be opened
        AccessDenied,  ///< the user or the OS denied location access
        SourceClosed,  ///< location was switched off, or the source went away
        SourceFailed,  ///< any other error of the source
    };

    /// Replays `nmeaLogPath` when it is not empty; the platform's source otherwise.
    explicit PositionService(const QString& nmeaLogPath, QObject* parent = nullptr);
    ~PositionService() override;

    bool replaying() const { return !nmeaLogPath_.isEmpty(); }
    bool running() const { return running_; }
    const std::optional<Fix>& lastFix() const { return fix_; }
    Problem problem() const { return problem_; }

    void start();
    void stop();

  signals:
    void fixChanged();
    void problemChanged();

  private:
    bool makeSource();
    void onPositionUpdated(const QGeoPositionInfo& info);
    void onError(QGeoPositionInfoSource::Error error);
    void setProblem(Problem problem);

    QString nmeaLogPath_;
    std::unique_ptr<QGeoPositionInfoSource> source_;
    std::optional<Fix> fix_;
    Problem problem_ = Problem::None;
    bool running_ = false;
};

} // namespace survey::device
