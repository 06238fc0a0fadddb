// SPDX-License-Identifier: Apache-2.0
#include "app/screenshot.h"

#include "measure/part_fields.h"
#include "store/local_store.h"
#include "survey/measure/area_rules.h"

#include <QCoreApplication>
#include <QImage>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTimer>

namespace survey::app {

namespace {
// Long enough for StackView and popup transitions and the first Canvas paints.
constexpr int kSettleMs = 1500;

/// What to open: a page of Main.qml's showPage() and the records it shows.
struct Target {
    QString page, householdId, partId;
};

// Which part a page shows: any part, a polygon one, or one the rule counts at half.
bool partFits(const QString& page, const nlohmann::json& fields) {
    if (page == QLatin1String("part-polygon"))
        return fields.contains("vertices_mm") && fields["vertices_mm"].is_array();
    if (page == QLatin1String("part-half")) {
        const auto geometry = partGeometry(fields);
        return geometry && measure::computePartArea(*geometry).factor == measure::Factor{1, 2};
    }
    return true;
}

// The first household (or, for "conflict", the first with sync problems to settle) and
// its first part that fits the page.
Target findTarget(device::LocalStore& store, const QString& projectId, const QString& page) {
    Target t{page, {}, {}};
    const bool conflict = page == QLatin1String("conflict");
    if (conflict)
        t.page = QStringLiteral("household");
    else if (page.startsWith(QLatin1String("part-")))
        t.page = QStringLiteral("part");
    for (const auto& household : store.households(projectId)) {
        if (conflict && store.syncProblems(household.id).isEmpty())
            continue;
        t.householdId = household.id;
        break;
    }
    for (const auto& building : store.children(QStringLiteral("building"), t.householdId)) {
        for (const auto& part :
             store.children(QStringLiteral("part"), QString::fromStdString(building.id))) {
            if (!part.deleted && partFits(page, part.fields)) {
                t.partId = QString::fromStdString(part.id);
                return t;
            }
        }
    }
    return t;
}
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
    QString projectId;
    if (const auto projects = store.projects(); !projects.isEmpty())
        projectId = projects.constFirst().id;
    const Target t = findTarget(store, projectId, page);
    QMetaObject::invokeMethod(window, "showPage", Q_ARG(QVariant, t.page),
                              Q_ARG(QVariant, projectId), Q_ARG(QVariant, t.householdId),
                              Q_ARG(QVariant, t.partId));
    QTimer::singleShot(kSettleMs, window, [window, file] {
        const bool ok = window->grabWindow().save(file);
        if (!ok)
            qCritical("screenshot: cannot write %s", qPrintable(file));
        QCoreApplication::exit(ok ? 0 : 1);
    });
}

} // namespace survey::app
