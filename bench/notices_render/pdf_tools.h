// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <optional>

// The outside programs the benchmark drives: the Chromium baseline and the poppler tools
// that read both renderers' PDFs the same way.
namespace survey::bench {

/// Writes `bytes` to `path`; false on any I/O failure.
bool writeFile(const QString& path, const QByteArray& bytes);

/// Pages in a PDF held in memory, counted from its page objects (no extra process).
int countPdfPages(const QByteArray& pdf);

/// Pages of a PDF file as pdfinfo reports them, or -1 when pdfinfo fails.
int pdfinfoPages(const QString& path);

/// The text of a PDF file (pdftotext), NFKC normalised and without white space, so that a
/// phrase is found whichever way either renderer broke lines or spaced glyphs.
QString pdfCompactText(const QString& path);

/// Headless Chromium printing local HTML files to PDF, one browser process per document,
/// as a web stack without a resident browser does it.
class ChromiumPrinter {
  public:
    /// `program` is the Chromium binary; `profileDir` its user data directory (kept warm
    /// across documents, as a server would).
    ChromiumPrinter(QString program, QString profileDir);

    /// Prints `htmlPath` to `pdfPath`; an error message on failure.
    std::optional<QString> print(const QString& htmlPath, const QString& pdfPath) const;

    /// The browser's version line, for the report.
    QString version() const;

  private:
    QString program_;
    QStringList flags_;
};

} // namespace survey::bench
