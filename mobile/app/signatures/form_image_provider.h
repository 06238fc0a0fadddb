// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QImage>
#include <QList>
#include <QQuickImageProvider>
#include <QString>

class QQmlEngine;

namespace survey::app {

/// Serves rendered registration-form pages to QML as
/// `image://registration-form/<key>/<page>`. The pages are painted elsewhere (FormReview,
/// by the notices' own painter) and published here under a fresh key per rendering, so an
/// Image never shows a page of an older version of the form.
class FormImageProvider : public QQuickImageProvider {
  public:
    static constexpr auto kName = "registration-form";

    FormImageProvider();

    QImage requestImage(const QString& id, QSize* size, const QSize& requestedSize) override;

    /// Makes `pages` available under `key`; only the most recent renderings are kept, since
    /// every page of an A4 form is several megabytes.
    static void publish(const QString& key, const QList<QImage>& pages);
    /// The URL of one published page.
    static QString pageUrl(const QString& key, int page);
    /// Adds the provider to `engine` unless it is there already, so that every engine that
    /// shows a form (the app's, the tests') has it without set-up code of its own.
    static void installOn(QQmlEngine* engine);
};

} // namespace survey::app
