// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace survey::e2e {

/// The text of a PDF as `pdftotext -layout` extracts it, NFKC-normalised (so that
/// full-width digits and compatibility ideographs compare as typed); empty on failure.
QString pdfText(const QString& pdfPath);

/// The QR code on page 1 of a PDF: rendered by `pdftoppm -r 150` and decoded by
/// `zbarimg --raw`; empty on failure.
QString pdfFirstPageQr(const QString& pdfPath, const QString& workDir);

} // namespace survey::e2e
