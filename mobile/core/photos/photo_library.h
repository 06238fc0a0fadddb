// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "photos/photo_stamp.h"

#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

namespace survey::device {

class LocalStore;

/// A photo to add: whose, of what, and its stamp.
struct NewPhoto {
    QString projectId, householdId;
    QString subjectId; ///< the building, part, item or member shown; empty: the household
    QString category;  ///< photo category code (门头/外观, 室内, 证件 …)
    QString surveyor;
    PhotoStamp stamp;
};

/// A stored photo as the gallery lists it.
struct PhotoSummary {
    QString id, sha256, category, subjectId, takenAt;
    bool hasFix = false;
    double latitude = 0, longitude = 0, accuracyM = 0;
    bool uploaded = false; ///< the server has confirmed the whole file
};

/// The tablet's photos: each stamped (visible watermark and EXIF), encoded once as JPEG,
/// stored under its SHA-256 in the photo directory, and recorded as a photo record (with
/// its outbox change) in the local store. The records are also the upload queue: a blob a
/// live record names and the server has not confirmed is pending.
class PhotoLibrary {
  public:
    PhotoLibrary(LocalStore& store, QString directory);

    /// Stamps, stores and records `image`; returns the photo record's id. Throws
    /// std::invalid_argument for an empty image or a household of another project.
    QString add(const QImage& image, const NewPhoto& photo);
    /// As add(), from an image file (rotated as its EXIF orientation says); throws
    /// std::invalid_argument with a message for the user when it cannot be read.
    QString addFromFile(const QString& path, const NewPhoto& photo);

    /// Where the blob with this hash is (or would be) stored.
    QString pathOf(const QString& sha256) const;
    /// The live photos of a household, oldest first.
    QList<PhotoSummary> photosOf(const QString& householdId);
    /// Hashes of blobs the project's live photos name that the server has not confirmed.
    QStringList pendingUploads(const QString& projectId);
    /// Records that the server holds the whole blob.
    void markUploaded(const QString& sha256);

  private:
    LocalStore& store_;
    QString directory_;
};

} // namespace survey::device
