// SPDX-License-Identifier: Apache-2.0
#include "app/demo_seed.h"

#include "measure/part_fields.h"
#include "photos/photo_library.h"
#include "store/local_store.h"
#include "survey/identity/id_number.h"
#include "survey/measure/area_rules.h"
#include "survey/sync/protocol.h"

#include <QPainter>
#include <QTimeZone>
#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace survey::app {

namespace {

struct DemoHousehold {
    const char* name;
    const char* address;
    const char* doorNo;
    const char* tenure;
    const char* approvedUse;
    const char* actualUse;
    const char* status;
    const char* idFirst17;
    const char* phone;
};

constexpr DemoHousehold kHouseholds[] = {
    {"张建国", "和平街道人民路128号", "3栋2单元301", "private", "residential", "residential",
     "in_progress", "43010219650312271", "13807312245"},
    {"李秀英", "和平街道人民路130号", "1层门面", "private", "residential", "commercial",
     "awaiting_signature", "43010219710825152", "13973108866"},
    {"王志强", "和平街道解放巷7号", "", "public_direct", "residential", "residential", "signed",
     "43010319580101301", "15111203347"},
    {"刘桂兰", "和平街道解放巷9号", "", "private", "residential", "residential", "refused",
     "43010319490607252", ""},
    {"陈伟", "和平街道解放巷11号", "2楼", "co_owned", "residential", "residential", "submitted",
     "43010419830918101", "18673150092"},
    {"杨丽华", "和平街道新华路45号", "", "work_unit", "office", "office", "not_surveyed",
     "43010419770214302", ""},
    {"赵明", "和平街道新华路47号", "后院", "private", "residential", "warehouse", "in_progress",
     "43010519901130451", "13574162280"},
    {"黄淑芬", "和平街道新华路49号", "", "other", "residential", "residential", "returned",
     "43010519621203242", "13317318801"},
};

struct DemoPart {
    int floor;
    const char* kind;
    std::int64_t widthMm, depthMm;
    std::optional<std::int64_t> heightMm, sillMm;
};

// Floor 2 has a low storey (2.15 m, half area) and one exactly at the 2.20 m threshold.
const DemoPart kParts[] = {
    {1, "room", 6000, 4500, 2900, std::nullopt},
    {1, "room", 3600, 3300, 2900, std::nullopt},
    {1, "balcony_outside", 3600, 1500, std::nullopt, std::nullopt},
    {2, "room", 6000, 4500, 2150, std::nullopt},
    {2, "room", 4200, 3600, 2200, std::nullopt},
    {2, "bay_window", 1800, 600, 2200, 400},
};

// An L-shaped living room on floor 1, entered as a polygon (6.00 × 3.00 m plus a 3.50 ×
// 2.20 m wing), so that the polygon dialog has something to show.
const std::vector<std::array<std::int64_t, 2>> kLShapedRoomMm = {
    {0, 0}, {6000, 0}, {6000, 3000}, {3500, 3000}, {3500, 5200}, {0, 5200}};

// The returned household as a sync leaves it when the office changed the door number while
// this tablet changed it too: the office's value kept, both shown to settle (冲突).
// Seeded through the store's own sync entry points, as a real push and pull would.
void seedReturnedWithConflict(device::LocalStore& store, const QString& projectId,
                              nlohmann::json fields) {
    const std::string id = "demo-returned";
    fields["door_no"] = "东侧平房";
    fields["review_comment"] = "门牌号与房产证不符，请核对";
    sync::ChangesPage page;
    page.changes.push_back({.seq = 1, .entity = "household", .id = id, .rev = 4, .fields = fields});
    page.next = 1;
    store.applyPulled(projectId, page);
    store.save(projectId, QStringLiteral("household"), QString::fromStdString(id),
               {{"door_no", "东侧平房2号"}});
    sync::ChangeResult conflict;
    conflict.changeId = store.pendingChanges(projectId, 100).back().changeId;
    conflict.status = sync::ChangeStatus::Conflict;
    conflict.rev = 5;
    conflict.conflicts = {{"door_no", "东侧平房", "东侧平房1号", "东侧平房2号"}};
    store.applyPushResults(projectId, {{conflict}});
    // The next pull brings the office's revision, whose value now stands on the tablet.
    fields["door_no"] = "东侧平房1号";
    sync::ChangesPage office;
    office.changes.push_back(
        {.seq = 2, .entity = "household", .id = id, .rev = 5, .fields = fields});
    office.next = 2;
    store.applyPulled(projectId, office);
}

// A drawn stand-in for a photo of a house front: a wall, a door and windows.
QImage demoHouseFront(QColor wall, int windows) {
    QImage image(1600, 1200, QImage::Format_RGB32);
    QPainter painter(&image);
    painter.fillRect(image.rect(), QColor(170, 200, 225));
    painter.fillRect(QRect(0, 1000, 1600, 200), QColor(120, 120, 110));
    painter.fillRect(QRect(250, 300, 1100, 700), wall);
    painter.fillRect(QRect(700, 650, 200, 350), QColor(90, 60, 40));
    for (int i = 0; i < windows; ++i)
        painter.fillRect(QRect(330 + i * 260, 400, 160, 160), QColor(60, 80, 100));
    return image;
}

void seedDemoPhotos(device::PhotoLibrary& photos, const QString& projectId,
                    const QString& householdId) {
    const struct {
        const char* category;
        QColor wall;
        int windows, minute;
        bool fix;
    } shots[] = {{"facade", QColor(220, 210, 190), 4, 2, true},
                 {"interior", QColor(235, 230, 220), 2, 9, true},
                 {"measurement", QColor(200, 190, 170), 3, 15, false}};
    for (const auto& shot : shots) {
        device::NewPhoto photo{
            projectId, householdId, {}, QString::fromLatin1(shot.category), QStringLiteral("demo"),
            {}};
        photo.stamp.takenAt =
            QDateTime(QDate(2026, 11, 30), QTime(9, shot.minute), QTimeZone(8 * 3600));
        photo.stamp.householdCode = QStringLiteral("H-0001");
        if (shot.fix)
            photo.stamp.fix = device::PhotoFix{28.19408, 112.97330, 4};
        photos.add(demoHouseFront(shot.wall, shot.windows), photo);
    }
}

// 附属物 and 装修 of a house with a yard, as a surveyor would list them.
void seedDemoItems(device::LocalStore& store, const QString& projectId,
                   const QString& householdId) {
    const struct {
        const char *kind, *name, *unit, *spec;
        std::int64_t quantityMilli;
    } items[] = {{"ancillary", "围墙", "m", "砖砌，高 2.0 m", 18600},
                 {"ancillary", "院坪", "m²", "水泥地面", 42350},
                 {"ancillary", "水井", "个", "深约 8 m", 1000},
                 {"ancillary", "树木", "棵", "桂花树，胸径约 15 cm", 2000},
                 {"decoration", "地砖", "m²", "瓷砖 800 × 800 mm", 56200},
                 {"decoration", "吊顶", "m²", "石膏板", 21600}};
    for (const auto& i : items)
        store.save(projectId, QStringLiteral("item"), {},
                   {{"household_id", householdId.toStdString()},
                    {"kind", i.kind},
                    {"name", i.name},
                    {"unit", i.unit},
                    {"quantity_milli", i.quantityMilli},
                    {"spec", i.spec}});
}

} // namespace

void seedDemoProject(device::LocalStore& store, device::PhotoLibrary& photos) {
    if (!store.projects().isEmpty())
        return;
    const QString projectId = QStringLiteral("demo-local");
    store.upsertProject({projectId, QStringLiteral("DEMO-2024"),
                         QStringLiteral("和平街道棚户区改造项目（本地演示）")});

    QString firstHousehold;
    int n = 0;
    for (const auto& h : kHouseholds) {
        const std::string first17 = h.idFirst17;
        nlohmann::json f = {
            {"code", QStringLiteral("H-%1").arg(++n, 4, 10, QLatin1Char('0')).toStdString()},
            {"head_name", h.name},
            {"head_id_number", first17 + identity::idCheckDigit(first17)},
            {"address", h.address},
            {"tenure", h.tenure},
            {"approved_use", h.approvedUse},
            {"actual_use", h.actualUse},
            {"status", h.status},
        };
        if (*h.doorNo)
            f["door_no"] = h.doorNo;
        if (*h.phone)
            f["head_phone"] = h.phone;
        if (std::string_view(h.status) == "returned") {
            seedReturnedWithConflict(store, projectId, f);
            continue;
        }
        const QString id = store.save(projectId, QStringLiteral("household"), {}, f);
        if (firstHousehold.isEmpty())
            firstHousehold = id;
    }

    const QString buildingId = store.save(projectId, QStringLiteral("building"), {},
                                          {{"household_id", firstHousehold.toStdString()},
                                           {"no", 1},
                                           {"structure", "04"},
                                           {"floors_above", 2},
                                           {"registered", true},
                                           {"recognition", "registered"},
                                           {"cert_area_dm2", 8600}});
    for (const auto& p : kParts) {
        measure::PartGeometry g;
        g.kind = *measure::partKindFromCode(p.kind);
        g.lengthsMm = {p.widthMm, p.depthMm};
        g.heightMm = p.heightMm;
        g.sillMm = p.sillMm;
        nlohmann::json f = {{"building_id", buildingId.toStdString()},
                            {"floor", p.floor},
                            {"kind", p.kind},
                            {"lengths_mm", {p.widthMm, p.depthMm}},
                            {"area_dm2", measure::computePartArea(g).areaDm2}};
        if (p.heightMm)
            f["height_mm"] = *p.heightMm;
        if (p.sillMm)
            f["sill_mm"] = *p.sillMm;
        store.save(projectId, QStringLiteral("part"), {}, f);
    }
    measure::PartGeometry lShape{measure::PartKind::Room, {}, kLShapedRoomMm, 2900, std::nullopt};
    nlohmann::json vertices = nlohmann::json::array();
    for (const auto& [x, y] : kLShapedRoomMm)
        vertices.push_back({x, y});
    store.save(projectId, QStringLiteral("part"), {},
               {{"building_id", buildingId.toStdString()},
                {"floor", 1},
                {"kind", "room"},
                {"vertices_mm", vertices},
                {"height_mm", 2900},
                {"area_dm2", measure::computePartArea(lShape).areaDm2}});
    updateMeasuredArea(store, buildingId);

    // Family members of the first household, so that the form and the signing show them.
    const std::string spouse17 = "43010219670523262";
    store.save(projectId, QStringLiteral("member"), {},
               {{"household_id", firstHousehold.toStdString()},
                {"name", "周玉梅"},
                {"relation", "spouse"},
                {"id_number", spouse17 + identity::idCheckDigit(spouse17)},
                {"phone", "13807312246"},
                {"circumstances", "残疾"}});
    store.save(
        projectId, QStringLiteral("member"), {},
        {{"household_id", firstHousehold.toStdString()}, {"name", "张磊"}, {"relation", "child"}});
    seedDemoItems(store, projectId, firstHousehold);
    seedDemoPhotos(photos, projectId, firstHousehold);
}

} // namespace survey::app
