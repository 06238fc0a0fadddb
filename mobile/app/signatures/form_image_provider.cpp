// SPDX-License-Identifier: Apache-2.0
#include "signatures/form_image_provider.h"

#include <QMutex>
#include <QMutexLocker>
#include <QQmlEngine>
#include <utility>
#include <vector>

namespace survey::app {

namespace {
// Two forms (the one shown and the one replacing it) and a spare for a quick re-render.
constexpr std::size_t kKeptRenderings = 3;

struct Published {
    QString key;
    QList<QImage> pages;
};

QMutex& cacheMutex() {
    static QMutex mutex;
    return mutex;
}

std::vector<Published>& cache() {
    static std::vector<Published> renderings;
    return renderings;
}
} // namespace

FormImageProvider::FormImageProvider() : QQuickImageProvider(QQuickImageProvider::Image) {}

QImage FormImageProvider::requestImage(const QString& id, QSize* size, const QSize& requestedSize) {
    const qsizetype slash = id.lastIndexOf(QLatin1Char('/'));
    const QString key = id.left(slash);
    bool ok = false;
    const int page = id.mid(slash + 1).toInt(&ok);
    QImage image;
    {
        QMutexLocker lock(&cacheMutex());
        for (const auto& p : cache())
            if (p.key == key && ok && page >= 0 && page < p.pages.size())
                image = p.pages.at(page);
    }
    if (size)
        *size = image.size();
    if (!image.isNull() && requestedSize.isValid())
        return image.scaled(requestedSize, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return image;
}

void FormImageProvider::publish(const QString& key, const QList<QImage>& pages) {
    QMutexLocker lock(&cacheMutex());
    auto& renderings = cache();
    renderings.push_back({key, pages});
    if (renderings.size() > kKeptRenderings)
        renderings.erase(renderings.begin());
}

QString FormImageProvider::pageUrl(const QString& key, int page) {
    return QStringLiteral("image://%1/%2/%3").arg(QLatin1String(kName), key).arg(page);
}

void FormImageProvider::installOn(QQmlEngine* engine) {
    if (engine && !engine->imageProvider(QLatin1String(kName)))
        engine->addImageProvider(QLatin1String(kName), new FormImageProvider);
}

} // namespace survey::app
