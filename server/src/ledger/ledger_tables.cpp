// SPDX-License-Identifier: Apache-2.0
#include "ledger/ledger_tables.h"

#include "notices/recognition_consequence.h"
#include "survey/households/codes.h"
#include "survey/measure/area_rules.h"

namespace survey::server::ledger {

namespace {
using households::labelFor;

Cell text(const storage::Statement& q, int col) {
    return q.isNull(col) ? Cell{} : Cell{q.getText(col)};
}
Cell number(const storage::Statement& q, int col) {
    return q.isNull(col) ? Cell{} : Cell{q.getInt(col)};
}
Cell area(const storage::Statement& q, int col) {
    return q.isNull(col) ? Cell{} : Cell{AreaDm2{q.getInt(col)}};
}
Cell coded(const storage::Statement& q, int col, std::span<const households::CodeLabel> table) {
    return q.isNull(col) ? Cell{} : Cell{std::string(labelFor(table, q.getText(col)))};
}

LedgerTable households(storage::Database& db, const std::string& projectId) {
    LedgerTable t{"households",
                  "户",
                  {"户号", "坐落", "门牌号", "户主", "户主身份证号", "电话", "权属", "批准用途",
                   "实际用途", "状态", "幢数", "证载面积(m²)", "实测面积(m²)", "成员数", "退回意见",
                   "更新时间"},
                  {}};
    auto q = db.prepare(
        "SELECT h.code, h.address, h.door_no, h.head_name, h.head_id_number, h.head_phone,"
        " h.tenure, h.approved_use, h.actual_use, COALESCE(h.status, 'not_surveyed'),"
        " (SELECT count(*) FROM buildings b WHERE b.household_id = h.id AND b.deleted = 0),"
        " (SELECT sum(cert_area_dm2) FROM buildings b WHERE b.household_id = h.id AND b.deleted = "
        "0),"
        " (SELECT sum(measured_area_dm2) FROM buildings b WHERE b.household_id = h.id"
        "  AND b.deleted = 0),"
        " (SELECT count(*) FROM members m WHERE m.household_id = h.id AND m.deleted = 0),"
        " h.review_comment, h.updated_at"
        " FROM households h WHERE h.project_id = ? AND h.deleted = 0 ORDER BY h.code");
    q.bind(1, projectId);
    while (q.step())
        t.rows.push_back({text(q, 0), text(q, 1), text(q, 2), text(q, 3), text(q, 4), text(q, 5),
                          coded(q, 6, households::tenureCodes()),
                          coded(q, 7, households::useCodes()), coded(q, 8, households::useCodes()),
                          coded(q, 9, households::statusCodes()), number(q, 10), area(q, 11),
                          area(q, 12), number(q, 13), text(q, 14), text(q, 15)});
    return t;
}

LedgerTable members(storage::Database& db, const std::string& projectId) {
    LedgerTable t{
        "members", "家庭成员", {"户号", "姓名", "与户主关系", "身份证号", "电话", "特殊情况"}, {}};
    auto q = db.prepare("SELECT h.code, m.name, m.relation, m.id_number, m.phone, m.circumstances"
                        " FROM members m JOIN households h ON h.id = m.household_id"
                        " WHERE m.project_id = ? AND m.deleted = 0 AND h.deleted = 0"
                        " ORDER BY h.code, m.rowid");
    q.bind(1, projectId);
    while (q.step())
        t.rows.push_back({text(q, 0), text(q, 1), coded(q, 2, households::relationCodes()),
                          text(q, 3), text(q, 4), text(q, 5)});
    return t;
}

LedgerTable buildings(storage::Database& db, const std::string& projectId) {
    LedgerTable t{"buildings",
                  "房屋",
                  {"户号", "幢号", "结构", "地上层数", "地下层数", "建成年份", "登记",
                   "证载面积(m²)", "实测面积(m²)", "批准用途", "实际用途", "认定状态", "认定部门",
                   "认定文号", "认定日期", "认定依据", "补偿意见"},
                  {}};
    auto q = db.prepare(
        "SELECT h.code, b.no, b.structure, b.floors_above, b.floors_below, b.year_built,"
        " b.registered, b.cert_area_dm2, b.measured_area_dm2, b.approved_use, b.actual_use,"
        " COALESCE(d.status, b.recognition), d.department, d.decision_no, d.decided_on, d.basis"
        " FROM buildings b JOIN households h ON h.id = b.household_id"
        " LEFT JOIN recognition_decisions d ON d.building_id = b.id"
        " WHERE b.project_id = ? AND b.deleted = 0 AND h.deleted = 0 ORDER BY h.code, b.no");
    q.bind(1, projectId);
    while (q.step()) {
        const Cell registered =
            q.isNull(6) ? Cell{} : Cell{std::string(q.getInt(6) ? "有证" : "无证")};
        const bool needsDecision = !q.isNull(6) && q.getInt(6) == 0;
        const std::string status = q.isNull(11) ? (needsDecision ? "pending" : "") : q.getText(11);
        const Cell opinion =
            needsDecision || !q.isNull(12)
                ? Cell{std::string(notices::recognitionConsequence(status).opinion)}
                : Cell{};
        t.rows.push_back(
            {text(q, 0), number(q, 1), coded(q, 2, households::structureCodes()), number(q, 3),
             number(q, 4), number(q, 5), registered, area(q, 7), area(q, 8),
             coded(q, 9, households::useCodes()), coded(q, 10, households::useCodes()),
             status.empty() ? Cell{}
                            : Cell{std::string(labelFor(households::recognitionCodes(), status))},
             text(q, 12), text(q, 13), text(q, 14), text(q, 15), opinion});
    }
    return t;
}

LedgerTable parts(storage::Database& db, const std::string& projectId) {
    LedgerTable t{"parts",
                  "测量部位",
                  {"户号", "幢号", "层", "部位", "尺寸(mm)", "多边形(mm)", "层高/净高(mm)",
                   "窗台(mm)", "面积(m²)", "备注"},
                  {}};
    auto q =
        db.prepare("SELECT h.code, b.no, COALESCE(p.floor, 1), p.kind, p.lengths_mm, p.vertices_mm,"
                   " p.height_mm, p.sill_mm, p.area_dm2, p.note"
                   " FROM parts p JOIN buildings b ON b.id = p.building_id"
                   " JOIN households h ON h.id = b.household_id"
                   " WHERE p.project_id = ? AND p.deleted = 0 AND b.deleted = 0 AND h.deleted = 0"
                   " ORDER BY h.code, b.no, COALESCE(p.floor, 1), p.rowid");
    q.bind(1, projectId);
    while (q.step()) {
        const auto kind = measure::partKindFromCode(q.getText(3));
        t.rows.push_back({text(q, 0), number(q, 1), number(q, 2),
                          kind ? Cell{std::string(measure::partKindLabel(*kind))} : text(q, 3),
                          text(q, 4), text(q, 5), number(q, 6), number(q, 7), area(q, 8),
                          text(q, 9)});
    }
    return t;
}
} // namespace

const std::vector<std::string>& ledgerTableNames() {
    static const std::vector<std::string> names = {"households", "members", "buildings", "parts"};
    return names;
}

LedgerTable buildLedgerTable(storage::Database& db, const std::string& projectId,
                             const std::string& name) {
    if (name == "households")
        return households(db, projectId);
    if (name == "members")
        return members(db, projectId);
    if (name == "buildings")
        return buildings(db, projectId);
    if (name == "parts")
        return parts(db, projectId);
    return {};
}

} // namespace survey::server::ledger
