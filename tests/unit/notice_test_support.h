// SPDX-License-Identifier: Apache-2.0
// Helpers for the notice tests: the issued PDF as a reader sees it (pdftotext), as a scanner
// sees it (pdftoppm + zbarimg) and as a printer sees it (pdfinfo), and the households of a
// sample project. Header-only, because every tests/unit/test_*.cpp is its own executable.
#pragma once

#include "survey/households/household_record.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QtTest>
#include <string>

namespace notice_test {

/// Runs a command-line tool and returns its standard output; warns and returns nothing on
/// failure, so that the test's own check fails with the tool's message in the log.
inline QByteArray run(const QString& program, const QStringList& args) {
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning() << program << args << p.readAllStandardError();
        return {};
    }
    return p.readAllStandardOutput();
}

/// Writes `pdf` into `dir` and returns its path, or an empty string on failure.
inline QString writePdf(const QTemporaryDir& dir, const QByteArray& pdf,
                        const QString& name = QStringLiteral("notice.pdf")) {
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(pdf) != pdf.size())
        return {};
    return path;
}

/// The text of the PDF (or of `pages`, e.g. {"-f", "2", "-l", "2"}) in layout mode, NFKC
/// normalised: that folds the full-width and superscript forms extraction may yield
/// ((续), m2) and the full-width punctuation of Chinese prose (：，) to ASCII.
inline QString pdfText(const QString& path, const QStringList& pages = {}) {
    const QByteArray out =
        run(QStringLiteral("pdftotext"), QStringList{QStringLiteral("-layout")} + pages +
                                             QStringList{path, QStringLiteral("-")});
    return QString::fromUtf8(out).normalized(QString::NormalizationForm_KC);
}

/// `s` NFKC-normalised without any white space: prose wraps at arbitrary characters, so
/// phrases are compared on the text with line breaks and layout spaces removed.
inline QString compact(const QString& s) {
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return s.normalized(QString::NormalizationForm_KC).remove(space);
}

/// The text of the PDF in the order it was drawn (pdftotext -raw), white space removed: the
/// lines of one table cell follow each other there, so a value wrapped inside a narrow cell
/// reads whole again. For checking that something is absent wherever it might be printed.
inline QString pdfDrawnText(const QString& path) {
    return compact(QString::fromUtf8(run(QStringLiteral("pdftotext"), {"-raw", path, "-"})));
}

/// Whether `text` (from pdfText) holds `phrase`, across line breaks and layout spaces.
inline bool hasPhrase(const QString& text, const QString& phrase) {
    return compact(text).contains(compact(phrase));
}

/// Number of pages, from pdfinfo.
inline int pageCount(const QString& path) {
    static const QRegularExpression pages(QStringLiteral("Pages:\\s+(\\d+)"));
    const auto m = pages.match(QString::fromUtf8(run(QStringLiteral("pdfinfo"), {path})));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

/// Page size in points as pdfinfo prints it, e.g. "842 x 595" for landscape A4.
inline QString pageSize(const QString& path) {
    static const QRegularExpression size(QStringLiteral("Page size:\\s+([\\d.]+ x [\\d.]+)"));
    const auto m = size.match(QString::fromUtf8(run(QStringLiteral("pdfinfo"), {path})));
    return m.hasMatch() ? m.captured(1) : QString();
}

/// The QR code on page 1, decoded from a 150 dpi raster of it.
inline QByteArray decodeQr(const QTemporaryDir& dir, const QString& path) {
    const QString prefix = dir.filePath(QStringLiteral("page1"));
    run(QStringLiteral("pdftoppm"),
        {"-r", "150", "-png", "-f", "1", "-l", "1", "-singlefile", path, prefix});
    return run(QStringLiteral("zbarimg"), {"--raw", "-q", prefix + QStringLiteral(".png")})
        .trimmed();
}

/// `n` as a decimal string of at least `width` digits.
inline std::string padded(int n, int width) {
    std::string s = std::to_string(n);
    return std::string(s.size() < std::size_t(width) ? width - s.size() : 0, '0') + s;
}

inline survey::households::PartRecord room(std::int64_t w, std::int64_t d, std::int64_t h) {
    survey::households::PartRecord p;
    p.kind = "room";
    p.lengthsMm = {w, d};
    p.heightMm = h;
    return p;
}

/// Household `i` (1-based) of a sample project: a head and a member with ID numbers and
/// phones, which must never reach a public table; building 1 registered (certificate 90.00,
/// measured 15.12 + 20.00 = 35.12), building 2 unregistered (measured 14.85), so the
/// household measures 49.97 m².
inline survey::households::HouseholdRecord projectHousehold(int i) {
    static const char* const names[] = {"王小明", "李秀英", "赵德胜",  "孙丽",
                                        "周建华", "吴国强", "欧阳建国"};
    survey::households::HouseholdRecord h;
    h.id = "H" + padded(i, 4);
    h.projectName = "城东片区棚户区改造项目";
    h.projectCode = "CD-2024";
    h.code = "CD-" + padded(i, 4);
    h.address = "城东区解放路街道红星社区东风巷";
    h.doorNo = "东风巷 " + std::to_string(i) + " 号";
    h.headName = names[(i - 1) % 7];
    h.headIdNumber = "11010519500101" + padded(i, 3) + "X";
    h.headPhone = "139" + padded(i, 8);
    h.tenure = "private";
    h.approvedUse = "residential";
    h.actualUse = "residential";
    h.status = "approved";
    h.members = {{"M" + padded(i, 4), h.headName, "self", h.headIdNumber, h.headPhone, ""},
                 {"N" + padded(i, 4), "配偶" + std::to_string(i), "spouse",
                  "11010519800202" + padded(i, 3) + "1", "137" + padded(i, 8), ""}};
    survey::households::BuildingRecord b1;
    b1.id = h.id + "-B1";
    b1.no = 1;
    b1.structure = "04";
    b1.registered = true;
    b1.recognition = "registered";
    b1.certAreaDm2 = 9000;
    b1.parts = {room(3600, 4200, 2800), room(5000, 4000, 2800)};
    survey::households::BuildingRecord b2;
    b2.id = h.id + "-B2";
    b2.no = 2;
    b2.structure = "05";
    b2.registered = false;
    b2.recognition = "pending";
    b2.parts = {room(4500, 3300, 2600)};
    h.buildings = {b1, b2};
    return h;
}

/// Every ID number and phone number of `h` (head and members).
inline QStringList privateNumbers(const survey::households::HouseholdRecord& h) {
    QStringList out = {QString::fromStdString(h.headIdNumber), QString::fromStdString(h.headPhone)};
    for (const auto& m : h.members)
        out << QString::fromStdString(m.idNumber) << QString::fromStdString(m.phone);
    out.removeAll(QString());
    return out;
}

} // namespace notice_test
