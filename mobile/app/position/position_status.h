// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "position/fix_policy.h"
#include "position/position_service.h"
#include "store/store_types.h"

#include <QObject>
#include <QQmlEngine>
#include <QTimer>
#include <optional>

namespace survey::app {

/// The position as the surveyor sees it: the latest fix judged against the current
/// project's limits (gps_max_accuracy_m, gps_max_age_s), re-judged every second so that the
/// age counts up and a fix that stops coming turns stale on screen. Owned by the Session;
/// pages read it as `Session.position`.
class PositionStatus : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Session.position")
    Q_PROPERTY(Verdict verdict READ verdict NOTIFY changed)
    Q_PROPERTY(double latitude READ latitude NOTIFY changed)
    Q_PROPERTY(double longitude READ longitude NOTIFY changed)
    /// Horizontal accuracy in metres; -1 when unknown or no fix.
    Q_PROPERTY(double accuracyM READ accuracyM NOTIFY changed)
    /// Whole seconds since the fix was taken; -1 without a fix.
    Q_PROPERTY(int ageS READ ageS NOTIFY changed)
    Q_PROPERTY(QString accuracyText READ accuracyText NOTIFY changed)
    Q_PROPERTY(QString ageText READ ageText NOTIFY changed)
    /// One sentence: the fix is usable, or why not and what to do.
    Q_PROPERTY(QString message READ message NOTIFY changed)
    /// Positions come from a recorded NMEA log, not from a receiver.
    Q_PROPERTY(bool replaying READ replaying CONSTANT)

  public:
    enum Verdict { NoFix, Accepted, Stale, Inaccurate };
    Q_ENUM(Verdict)

    /// Replays `nmeaLogPath` when it is not empty; the platform's source otherwise.
    explicit PositionStatus(const QString& nmeaLogPath, QObject* parent = nullptr);

    Verdict verdict() const;
    double latitude() const;
    double longitude() const;
    double accuracyM() const { return verdict_.accuracyM.value_or(-1); }
    int ageS() const { return verdict_.ageS ? int(*verdict_.ageS) : -1; }
    QString accuracyText() const;
    QString ageText() const;
    QString message() const;
    bool replaying() const { return service_.replaying(); }

    /// Judges from now on against `project`'s limits.
    void setLimits(const device::ProjectInfo& project);
    /// Starts the receiver (or the replay); pages that show a position call it.
    Q_INVOKABLE void start();
    /// The fix judged at this instant when it is accepted; nullopt otherwise (then
    /// `message` says why).
    std::optional<device::Fix> acceptedFix();

  signals:
    void changed();

  private:
    void judge();
    void onApplicationStateChanged(Qt::ApplicationState state);

    device::PositionService service_;
    device::ProjectInfo limits_;
    device::FixVerdict verdict_;
    QTimer tick_;
    bool wanted_ = false; ///< a page asked for positions; resumed when the app returns
};

} // namespace survey::app
