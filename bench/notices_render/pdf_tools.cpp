// SPDX-License-Identifier: Apache-2.0
#include "pdf_tools.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QUrl>

namespace survey::bench {

namespace {
constexpr int kToolTimeoutMs = 120000;

/// Runs `program` and returns its standard output, or nullopt (with the reason in `error`).
std::optional<QByteArray> run(const QString& program, const QStringList& args,
                              QString* error = nullptr) {
    QProcess p;
    p.start(program, args);
    const bool finished = p.waitForFinished(kToolTimeoutMs);
    if (!finished || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        if (!finished)
            p.kill();
        if (error)
            *error = program + QStringLiteral(" failed: ") +
                     QString::fromLocal8Bit(p.readAllStandardError()).right(400);
        return std::nullopt;
    }
    return p.readAllStandardOutput();
}
} // namespace

bool writeFile(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

int countPdfPages(const QByteArray& pdf) {
    // A page object is "/Type /Page"; the page tree root is "/Type /Pages".
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![a-zA-Z])"));
    int n = 0;
    for (auto it = page.globalMatch(QString::fromLatin1(pdf)); it.hasNext(); it.next())
        ++n;
    return n;
}

int pdfinfoPages(const QString& path) {
    static const QRegularExpression pages(QStringLiteral("Pages:\\s+(\\d+)"));
    const auto out = run(QStringLiteral("pdfinfo"), {path});
    if (!out)
        return -1;
    const auto m = pages.match(QString::fromUtf8(*out));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

QString pdfCompactText(const QString& path) {
    static const QRegularExpression space(QStringLiteral("\\s+"));
    const auto out = run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    return out ? QString::fromUtf8(*out).normalized(QString::NormalizationForm_KC).remove(space)
               : QString();
}

ChromiumPrinter::ChromiumPrinter(QString program, QString profileDir)
    : program_(std::move(program)),
      // Everything that would reach the network or a GPU is off: the benchmark measures
      // layout and PDF output, not updates, sync or a missing display.
      flags_{QStringLiteral("--headless"),
             QStringLiteral("--no-sandbox"),
             QStringLiteral("--disable-gpu"),
             QStringLiteral("--disable-quic"),
             QStringLiteral("--no-first-run"),
             QStringLiteral("--disable-background-networking"),
             QStringLiteral("--disable-component-update"),
             QStringLiteral("--disable-sync"),
             QStringLiteral("--no-pdf-header-footer"),
             QStringLiteral("--user-data-dir=") + profileDir} {}

std::optional<QString> ChromiumPrinter::print(const QString& htmlPath,
                                              const QString& pdfPath) const {
    QString error;
    QFile::remove(pdfPath);
    const QStringList args = flags_ + QStringList{QStringLiteral("--print-to-pdf=") + pdfPath,
                                                  QUrl::fromLocalFile(htmlPath).toString()};
    if (!run(program_, args, &error))
        return error;
    if (!QFileInfo(pdfPath).isFile() || QFileInfo(pdfPath).size() == 0)
        return program_ + QStringLiteral(" wrote no PDF for ") + htmlPath;
    return std::nullopt;
}

QString ChromiumPrinter::version() const {
    const auto out = run(program_, {QStringLiteral("--version")});
    return out ? QString::fromUtf8(*out).trimmed() : QStringLiteral("(unknown version)");
}

} // namespace survey::bench
