// SPDX-License-Identifier: Apache-2.0
#include "pdf_tools.h"

#include <QDir>
#include <QProcess>
#include <optional>

namespace survey::e2e {

namespace {
constexpr int kToolTimeoutMs = 60'000;

// Runs a tool and returns its stdout, or nullopt when it fails or overruns.
std::optional<QByteArray> run(const QString& program, const QStringList& args) {
    QProcess process;
    process.start(program, args);
    if (!process.waitForFinished(kToolTimeoutMs)) {
        process.kill();
        return std::nullopt;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return std::nullopt;
    return process.readAllStandardOutput();
}
} // namespace

QString pdfText(const QString& pdfPath) {
    auto out =
        run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), QStringLiteral("-enc"),
                                          QStringLiteral("UTF-8"), pdfPath, QStringLiteral("-")});
    return out ? QString::fromUtf8(*out).normalized(QString::NormalizationForm_KC) : QString();
}

QString pdfFirstPageQr(const QString& pdfPath, const QString& workDir) {
    const QString prefix = QDir(workDir).filePath(QStringLiteral("page"));
    if (!run(QStringLiteral("pdftoppm"),
             {QStringLiteral("-r"), QStringLiteral("150"), QStringLiteral("-png"),
              QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"),
              pdfPath, prefix}))
        return {};
    // pdftoppm pads the page number to the width of the page count: page-1.png, page-01.png…
    const QStringList pngs =
        QDir(workDir).entryList({QStringLiteral("page-*.png")}, QDir::Files, QDir::Name);
    if (pngs.isEmpty())
        return {};
    auto out = run(QStringLiteral("zbarimg"), {QStringLiteral("--raw"), QStringLiteral("-q"),
                                               QDir(workDir).filePath(pngs.first())});
    return out ? QString::fromUtf8(*out).trimmed() : QString();
}

} // namespace survey::e2e
