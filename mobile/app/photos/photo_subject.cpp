// SPDX-License-Identifier: Apache-2.0
#include "photos/photo_subject.h"

#include "app/language.h"
#include "app/record_fields.h"
#include "households/code_labels.h"
#include "store/local_store.h"

namespace survey::app {

QString PhotoSubject::label(device::LocalStore& store, const QString& subjectId) {
    if (subjectId.isEmpty())
        return tr("Whole household");
    if (const auto b = store.read(QStringLiteral("building"), subjectId); b && !b->deleted)
        return tr("Building %1").arg(intField(b->fields, "no").value_or(1));
    if (const auto p = store.read(QStringLiteral("part"), subjectId); p && !p->deleted)
        return tr("%1, floor %2")
            .arg(
                codeLabel(CodeTable::PartKind, textField(p->fields, "kind"), Language::isEnglish()))
            .arg(intField(p->fields, "floor").value_or(1));
    for (const char* entity : {"item", "member"})
        if (const auto r = store.read(QString::fromLatin1(entity), subjectId); r && !r->deleted)
            return textField(r->fields, "name");
    return tr("Record no longer on this tablet");
}

} // namespace survey::app
