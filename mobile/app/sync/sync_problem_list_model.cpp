// SPDX-License-Identifier: Apache-2.0
#include "sync/sync_problem_list_model.h"

#include "session/session.h"
#include "store/local_store.h"

#include <exception>

namespace survey::app {

namespace {
// The words the surveyor's forms use, for the records and fields a dispute can be about.
QString entityLabel(const QString& entity) {
    if (entity == u"household")
        return SyncProblemListModel::tr("Household");
    if (entity == u"member")
        return SyncProblemListModel::tr("Family member");
    if (entity == u"building")
        return SyncProblemListModel::tr("Building");
    if (entity == u"part")
        return SyncProblemListModel::tr("Measured part");
    if (entity == u"item")
        return SyncProblemListModel::tr("Ancillary item");
    if (entity == u"photo")
        return SyncProblemListModel::tr("Photo");
    if (entity == u"signature")
        return SyncProblemListModel::tr("Signature");
    return entity;
}

QString fieldLabel(const QString& field) {
    // The class's context: tr() below looks them up there, not in the namespace's.
    static const QHash<QString, const char*> labels = {
        {QStringLiteral("code"),
         QT_TRANSLATE_NOOP("survey::app::SyncProblemListModel", "Household code")},
        {QStringLiteral("head_name"),
         QT_TRANSLATE_NOOP("survey::app::SyncProblemListModel", "Head of household")},
        {QStringLiteral("head_id_number"),
         QT_TRANSLATE_NOOP("survey::app::SyncProblemListModel", "ID number")},
        {QStringLiteral("head_phone"),
         QT_TRANSLATE_NOOP("survey::app::SyncProblemListModel", "Phone")},
        {QStringLiteral("address"),
         QT_TRANSLATE_NOOP("survey::app::SyncProblemListModel", "Address")},
        {QStringLiteral("door_no"),
         QT_TRANSLATE_NOOP("survey::app::SyncProblemListModel", "Door number")},
        {QStringLiteral("tenure"),
         QT_TRANSLATE_NOOP("survey::app::SyncProblemListModel", "Tenure")},
        {QStringLiteral("approved_use"),
         QT_TRANSLATE_NOOP("survey::app::SyncProblemListModel", "Approved use")},
        {QStringLiteral("actual_use"),
         QT_TRANSLATE_NOOP("survey::app::SyncProblemListModel", "Actual use")},
        {QStringLiteral("notes"), QT_TRANSLATE_NOOP("survey::app::SyncProblemListModel", "Notes")},
        {QStringLiteral("status"),
         QT_TRANSLATE_NOOP("survey::app::SyncProblemListModel", "Status")},
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("survey::app::SyncProblemListModel", "Name")},
        {QStringLiteral("id_number"),
         QT_TRANSLATE_NOOP("survey::app::SyncProblemListModel", "ID number")},
        {QStringLiteral("structure"),
         QT_TRANSLATE_NOOP("survey::app::SyncProblemListModel", "Structure")},
        {QStringLiteral("lengths_mm"),
         QT_TRANSLATE_NOOP("survey::app::SyncProblemListModel", "Measured lengths (mm)")},
        {QStringLiteral("vertices_mm"),
         QT_TRANSLATE_NOOP("survey::app::SyncProblemListModel", "Outline corners (mm)")},
        {QStringLiteral("height_mm"),
         QT_TRANSLATE_NOOP("survey::app::SyncProblemListModel", "Storey height (mm)")},
        {QStringLiteral("kind"),
         QT_TRANSLATE_NOOP("survey::app::SyncProblemListModel", "Part kind")},
        {QStringLiteral("floor"), QT_TRANSLATE_NOOP("survey::app::SyncProblemListModel", "Floor")},
        {QStringLiteral("deleted"),
         QT_TRANSLATE_NOOP("survey::app::SyncProblemListModel", "Deleted")},
    };
    const auto it = labels.constFind(field);
    return it == labels.constEnd() ? field : SyncProblemListModel::tr(*it);
}
} // namespace

SyncProblemListModel::SyncProblemListModel(QObject* parent) : SessionListModel(parent) {}

void SyncProblemListModel::setHouseholdId(const QString& id) {
    setInput(this, householdId_, id, &SyncProblemListModel::householdIdChanged);
}

void SyncProblemListModel::reload() {
    QList<Row> rows;
    if (session() && !householdId_.isEmpty()) {
        for (const auto& problem : session()->store().syncProblems(householdId_)) {
            if (problem.fields.isEmpty())
                rows.append({problem, -1});
            for (int i = 0; i < problem.fields.size(); ++i)
                rows.append({problem, i});
        }
    }
    beginResetModel();
    rows_ = std::move(rows);
    endResetModel();
    emit countChanged();
}

bool SyncProblemListModel::keepOffice(int row) {
    if (!session() || row < 0 || row >= count())
        return false;
    const bool done = session()->store().dismissProblem(rows_[row].problem.seq);
    session()->notifyRecordsChanged();
    return done;
}

bool SyncProblemListModel::keepMine(int row) {
    if (!session() || row < 0 || row >= count() || rows_[row].field < 0)
        return false;
    const auto& problem = rows_[row].problem;
    auto& store = session()->store();
    try {
        const auto record = store.read(problem.entity, problem.entityId);
        if (!record)
            return false;
        // Every disputed field of the change goes again, from the value the tablet sent.
        nlohmann::json mine = nlohmann::json::object();
        auto q = store.db().prepare("SELECT fields_json FROM outbox WHERE seq = ?");
        q.bind(1, static_cast<std::int64_t>(problem.seq));
        if (!q.step())
            return false;
        const auto sent = nlohmann::json::parse(q.getText(0));
        for (const auto& field : problem.fields) {
            const std::string name = field.field.toStdString();
            mine[name] = sent.contains(name) ? sent[name] : nlohmann::json();
        }
        store.save(QString::fromStdString(record->projectId), problem.entity, problem.entityId,
                   mine);
        store.dismissProblem(problem.seq);
    } catch (const std::exception& e) {
        qWarning("keepMine: %s", e.what());
        return false;
    }
    session()->notifyRecordsChanged();
    return true;
}

int SyncProblemListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : count();
}

QVariant SyncProblemListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& r = rows_[index.row()];
    const device::FieldConflictText* field = r.field >= 0 ? &r.problem.fields[r.field] : nullptr;
    switch (role) {
    case EntityRole:
        return entityLabel(r.problem.entity);
    case FieldRole:
        return field ? fieldLabel(field->field) : QString();
    case CanKeepMineRole:
        // A record deleted on one side and edited on the other is the office's to decide.
        return field && field->field != u"deleted";
    case OfficeRole:
        return field ? field->office : QString();
    case MineRole:
        return field ? field->mine : QString();
    case MessageRole:
        return r.problem.message;
    case ConflictRole:
        return r.problem.conflict;
    default:
        return {};
    }
}

QHash<int, QByteArray> SyncProblemListModel::roleNames() const {
    return {{EntityRole, "entity"},          {FieldRole, "field"},
            {OfficeRole, "office"},          {MineRole, "mine"},
            {MessageRole, "message"},        {ConflictRole, "conflict"},
            {CanKeepMineRole, "canKeepMine"}};
}

} // namespace survey::app
