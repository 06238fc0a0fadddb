// SPDX-License-Identifier: Apache-2.0
#include "photos/photo_list_model.h"

#include "app/language.h"
#include "households/code_labels.h"
#include "photos/photo_subject.h"
#include "position/position_text.h"
#include "session/session.h"

#include <QDateTime>
#include <QUrl>
#include <algorithm>
#include <cmath>

namespace survey::app {

PhotoListModel::PhotoListModel(QObject* parent) : SessionListModel(parent) {}

void PhotoListModel::setHouseholdId(const QString& id) {
    setInput(this, householdId_, id, &PhotoListModel::householdIdChanged);
}

int PhotoListModel::pendingUploads() const {
    return static_cast<int>(
        std::count_if(rows_.begin(), rows_.end(), [](const auto& p) { return !p.uploaded; }));
}

void PhotoListModel::reload() {
    beginResetModel();
    rows_ = session() && !householdId_.isEmpty() ? session()->photos().photosOf(householdId_)
                                                 : QList<device::PhotoSummary>{};
    subjects_.clear();
    for (const auto& p : rows_)
        subjects_.append(PhotoSubject::label(session()->store(), p.subjectId));
    endResetModel();
    emit countChanged();
}

int PhotoListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : count();
}

QVariant PhotoListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& p = rows_[index.row()];
    switch (role) {
    case PhotoIdRole:
        return p.id;
    case SourceRole:
        return session() ? QUrl::fromLocalFile(session()->photos().pathOf(p.sha256)) : QUrl();
    case CategoryLabelRole:
        return codeLabel(CodeTable::PhotoCategory, p.category, Language::isEnglish());
    case TakenAtRole:
        // The time as the surveyor's tablet showed it when the photo was taken.
        return QDateTime::fromString(p.takenAt, Qt::ISODate)
            .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case PositionTextRole:
        return p.hasFix ? tr("±%1 m").arg(std::lround(p.accuracyM)) : tr("No position");
    case UploadedRole:
        return p.uploaded;
    case SubjectLabelRole:
        return subjects_.value(index.row());
    case TakenAtFullRole:
        return QDateTime::fromString(p.takenAt, Qt::ISODate)
            .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case CoordinatesRole:
        return p.hasFix ? PositionText::coordinates(p.latitude, p.longitude) : QString();
    case AccuracyTextRole:
        return p.hasFix ? PositionText::accuracy(p.accuracyM) : QString();
    default:
        return {};
    }
}

QHash<int, QByteArray> PhotoListModel::roleNames() const {
    return {{PhotoIdRole, "photoId"},
            {SourceRole, "source"},
            {CategoryLabelRole, "categoryLabel"},
            {TakenAtRole, "takenAt"},
            {PositionTextRole, "positionText"},
            {UploadedRole, "uploaded"},
            {SubjectLabelRole, "subjectLabel"},
            {TakenAtFullRole, "takenAtFull"},
            {CoordinatesRole, "coordinates"},
            {AccuracyTextRole, "accuracyText"}};
}

} // namespace survey::app
