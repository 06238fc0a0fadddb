// SPDX-License-Identifier: Apache-2.0
#include "position/position_service.h"

#include "position/nmea_replay.h"
#include "position/position_info_fix.h"

#include <QNmeaPositionInfoSource>

namespace survey::device {

namespace {

// The badge shows whole seconds; a faster pace would only drain the battery.
constexpr int kUpdateIntervalMs = 1000;

} // namespace

PositionService::PositionService(const QString& nmeaLogPath, QObject* parent)
    : QObject(parent), nmeaLogPath_(nmeaLogPath) {}

PositionService::~PositionService() = default;

bool PositionService::makeSource() {
    if (replaying()) {
        source_ = makeNmeaReplaySource(nmeaLogPath_);
        if (!source_) {
            setProblem(Problem::LogUnreadable);
            return false;
        }
    } else {
        source_.reset(QGeoPositionInfoSource::createDefaultSource(nullptr));
        if (!source_) {
            setProblem(Problem::NoSource);
            return false;
        }
        source_->setUpdateInterval(kUpdateIntervalMs);
    }
    connect(source_.get(), &QGeoPositionInfoSource::positionUpdated, this,
            &PositionService::onPositionUpdated);
    connect(source_.get(), &QGeoPositionInfoSource::errorOccurred, this, &PositionService::onError);
    return true;
}

void PositionService::start() {
    if (running_ || (!source_ && !makeSource()))
        return;
    running_ = true;
    setProblem(Problem::None);
    source_->startUpdates();
}

void PositionService::stop() {
    if (!running_)
        return;
    running_ = false;
    source_->stopUpdates();
}

void PositionService::onPositionUpdated(const QGeoPositionInfo& info) {
    auto fix = fixFromPositionInfo(info);
    if (!fix)
        return;
    // A replayed fix is taken when it is replayed, not when it was recorded (the log only
    // sets the pace), so that a stalled event loop does not age every later fix.
    if (replaying())
        fix->time = QDateTime::currentDateTimeUtc();
    fix_ = fix;
    emit fixChanged();
}

void PositionService::onError(QGeoPositionInfoSource::Error error) {
    switch (error) {
    case QGeoPositionInfoSource::NoError:
        break;
    // No fix within the interval (indoors, say): not a fault; the last fix grows old and
    // the policy calls it stale.
    case QGeoPositionInfoSource::UpdateTimeoutError:
        break;
    case QGeoPositionInfoSource::AccessError:
        setProblem(Problem::AccessDenied);
        break;
    case QGeoPositionInfoSource::ClosedError:
        setProblem(Problem::SourceClosed);
        break;
    case QGeoPositionInfoSource::UnknownSourceError:
        setProblem(Problem::SourceFailed);
        break;
    }
}

void PositionService::setProblem(Problem problem) {
    if (problem == problem_)
        return;
    problem_ = problem;
    emit problemChanged();
}

} // namespace survey::device
