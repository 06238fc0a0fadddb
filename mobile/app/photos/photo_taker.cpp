// SPDX-License-Identifier: Apache-2.0
#include "photos/photo_taker.h"

#include "photos/photo_library.h"
#include "position/position_status.h"
#include "session/session.h"
#include "store/local_store.h"

#include <QDateTime>
#include <QFile>
#include <exception>

namespace survey::app {

PhotoTaker::PhotoTaker(QObject* parent) : QObject(parent) {}

bool PhotoTaker::importFile(const QUrl& file) {
    return add(file.isLocalFile() ? file.toLocalFile() : file.toString());
}

bool PhotoTaker::addCapturedFile(const QString& path) {
    if (!add(path))
        return false;
    QFile::remove(path);
    return true;
}

bool PhotoTaker::add(const QString& path) {
    if (!session_ || householdId_.isEmpty()) {
        setError(tr("Open a household first."));
        return false;
    }
    try {
        const auto household = session_->store().read(QStringLiteral("household"), householdId_);
        if (!household) {
            setError(tr("Save the household before adding photos."));
            return false;
        }
        device::NewPhoto photo;
        photo.projectId = QString::fromStdString(household->projectId);
        photo.householdId = householdId_;
        photo.subjectId = subjectId_;
        photo.category = category_;
        photo.surveyor = session_->userName();
        photo.stamp.takenAt = QDateTime::currentDateTime();
        photo.stamp.householdCode =
            QString::fromStdString(household->fields.value("code", std::string()));
        if (const auto fix = session_->position()->acceptedFix())
            photo.stamp.fix = device::PhotoFix{fix->latitude, fix->longitude,
                                               fix->horizontalAccuracyM.value_or(0)};
        const QString id = session_->photos().addFromFile(path, photo);
        setError({});
        session_->notifyRecordsChanged();
        emit added(id);
        return true;
    } catch (const std::invalid_argument& e) {
        setError(QString::fromUtf8(e.what()));
    } catch (const std::exception& e) {
        setError(tr("The photo could not be saved: %1").arg(QString::fromUtf8(e.what())));
    }
    return false;
}

void PhotoTaker::setError(const QString& text) {
    if (text == errorText_)
        return;
    errorText_ = text;
    emit errorTextChanged();
}

} // namespace survey::app
