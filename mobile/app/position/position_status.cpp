// SPDX-License-Identifier: Apache-2.0
#include "position/position_status.h"

#include "position/position_text.h"

#include <QDateTime>
#include <QGuiApplication>

namespace survey::app {

namespace {
// The badge counts the age in whole seconds.
constexpr int kTickMs = 1000;
} // namespace

PositionStatus::PositionStatus(const QString& nmeaLogPath, QObject* parent)
    : QObject(parent), service_(nmeaLogPath) {
    connect(&service_, &device::PositionService::fixChanged, this, &PositionStatus::judge);
    connect(&service_, &device::PositionService::problemChanged, this, &PositionStatus::changed);
    connect(&tick_, &QTimer::timeout, this, &PositionStatus::judge);
    tick_.setInterval(kTickMs);
    // A backgrounded tablet should not keep the receiver awake all day.
    connect(qGuiApp, &QGuiApplication::applicationStateChanged, this,
            &PositionStatus::onApplicationStateChanged);
}

PositionStatus::Verdict PositionStatus::verdict() const {
    switch (verdict_.status) {
    case device::FixStatus::None:
        return NoFix;
    case device::FixStatus::Accepted:
        return Accepted;
    case device::FixStatus::Stale:
        return Stale;
    case device::FixStatus::Inaccurate:
        return Inaccurate;
    }
    return NoFix;
}

double PositionStatus::latitude() const {
    return service_.lastFix() ? service_.lastFix()->latitude : qQNaN();
}

double PositionStatus::longitude() const {
    return service_.lastFix() ? service_.lastFix()->longitude : qQNaN();
}

QString PositionStatus::accuracyText() const {
    return verdict_.status == device::FixStatus::None ? QString()
                                                      : PositionText::accuracy(verdict_.accuracyM);
}

QString PositionStatus::ageText() const {
    return verdict_.ageS ? PositionText::age(*verdict_.ageS) : QString();
}

QString PositionStatus::message() const {
    using Problem = device::PositionService::Problem;
    switch (verdict_.status) {
    case device::FixStatus::Accepted:
        return tr("Position usable: %1, taken %2 ago.").arg(accuracyText(), ageText());
    case device::FixStatus::Stale:
        return tr("No new position for %1 (the project allows %2 s). Go outdoors and wait for "
                  "a fix.")
            .arg(ageText())
            .arg(limits_.gpsMaxAgeS);
    case device::FixStatus::Inaccurate:
        if (!verdict_.accuracyM)
            return tr("The receiver does not say how accurate this position is, so it cannot "
                      "be used.");
        return tr("Accuracy %1 is worse than the project's %2 m. Move away from walls and wait.")
            .arg(accuracyText())
            .arg(limits_.gpsMaxAccuracyM);
    case device::FixStatus::None:
        break;
    }
    switch (service_.problem()) {
    case Problem::NoSource:
        return tr("This tablet has no position source.");
    case Problem::LogUnreadable:
        return tr("The recorded position log cannot be read.");
    case Problem::AccessDenied:
        return tr("Location access is denied. Allow it in the system settings.");
    case Problem::SourceClosed:
        return tr("Location is switched off. Turn it on in the system settings.");
    case Problem::SourceFailed:
        return tr("The position source failed.");
    case Problem::None:
        break;
    }
    return tr("Waiting for a satellite fix. Stay outdoors with a clear view of the sky.");
}

void PositionStatus::setLimits(const device::ProjectInfo& project) {
    limits_ = project;
    judge();
}

void PositionStatus::start() {
    wanted_ = true;
    service_.start();
    if (service_.running())
        tick_.start();
}

std::optional<device::Fix> PositionStatus::acceptedFix() {
    judge();
    if (verdict_.status != device::FixStatus::Accepted)
        return std::nullopt;
    return service_.lastFix();
}

void PositionStatus::judge() {
    verdict_ = device::judgeFix(service_.lastFix(), QDateTime::currentDateTimeUtc(), limits_);
    emit changed();
}

void PositionStatus::onApplicationStateChanged(Qt::ApplicationState state) {
    // Only Suspended: a desktop window that merely loses focus keeps its position.
    if (state == Qt::ApplicationSuspended) {
        service_.stop();
        tick_.stop();
    } else if (state == Qt::ApplicationActive && wanted_) {
        start();
    }
}

} // namespace survey::app
