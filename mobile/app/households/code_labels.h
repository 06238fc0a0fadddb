// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>
#include <QStringView>
#include <optional>

namespace survey::app {

/// The code tables the forms choose from. Chinese labels come from the shared tables (the
/// same words the notices print); English ones from a small table kept in the app because
/// they are only a UI convenience.
enum class CodeTable {
    Tenure,
    Use,
    LandType,
    Structure,
    Relation,
    Status,
    Recognition,
    PartKind,
    PhotoCategory
};

/// One choice: the wire code and the label to show.
struct CodeEntry {
    QString code;
    QString label;
};

/// The table for a QML-facing name such as "tenure" or "partKind".
std::optional<CodeTable> codeTableFromName(QStringView name);

/// All entries of a table in the shared order, labelled in Chinese or English.
QList<CodeEntry> codeEntries(CodeTable table, bool english);

/// The label of one code; the code itself when unknown, so that data from a newer server
/// still shows something meaningful.
QString codeLabel(CodeTable table, const QString& code, bool english);

} // namespace survey::app
