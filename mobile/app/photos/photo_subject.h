// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QString>

namespace survey::device {
class LocalStore;
}

namespace survey::app {

/// What a photo shows, as the viewer names it in the UI language.
class PhotoSubject {
    Q_DECLARE_TR_FUNCTIONS(PhotoSubject)

  public:
    /// "Whole household" when the photo names no subject; otherwise the building ("Building
    /// 1"), measured part (its kind and floor), item or member (their names) it names, or
    /// "Record no longer on this tablet" when that record is gone.
    static QString label(device::LocalStore& store, const QString& subjectId);
};

} // namespace survey::app
