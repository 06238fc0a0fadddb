// SPDX-License-Identifier: Apache-2.0
#include "app/screenshot.h"

#include "store/local_store.h"

#include <QCoreApplication>
#include <QImage>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTimer>

namespace survey::app {

namespace {
// Long enough for StackView and popup transitions and the first Canvas paints.
constexpr int kSettleMs = 1500;
} // namespace

void scheduleScreenshot(QQmlApplicationEngine& engine, device::LocalStore& store,
                        const QString& page, const QString& file) {
    auto* window = engine.rootObjects().isEmpty()
                       ? nullptr
                       : qobject_cast<QQuickWindow*>(engine.rootObjects().constFirst());
    if (!window) {
        qCritical("screenshot: no window");
        QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(1); });
        return;
    }
    QString projectId, householdId, partId;
    if (const auto projects = store.projects(); !projects.isEmpty())
        projectId = projects.constFirst().id;
    if (const auto households = store.households(projectId); !households.isEmpty())
        householdId = households.constFirst().id;
    for (const auto& building : store.children(QStringLiteral("building"), householdId)) {
        const auto parts =
            store.children(QStringLiteral("part"), QString::fromStdString(building.id));
        if (!parts.isEmpty()) {
            partId = QString::fromStdString(parts.constFirst().id);
            break;
        }
    }
    QMetaObject::invokeMethod(window, "showPage", Q_ARG(QVariant, page), Q_ARG(QVariant, projectId),
                              Q_ARG(QVariant, householdId), Q_ARG(QVariant, partId));
    QTimer::singleShot(kSettleMs, window, [window, file] {
        const bool ok = window->grabWindow().save(file);
        if (!ok)
            qCritical("screenshot: cannot write %s", qPrintable(file));
        QCoreApplication::exit(ok ? 0 : 1);
    });
}

} // namespace survey::app
