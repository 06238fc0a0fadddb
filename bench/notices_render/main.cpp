// SPDX-License-Identifier: Apache-2.0
// bench-notices-render: renders the 房屋调查登记表 of every household of a synthetic
// 1,000-household project with survey_notices, and, as the baseline in the same run, a
// sample of the same forms as HTML printed to PDF by headless Chromium (one process per
// document). Prints pages/second and households/second for both and their ratio, and checks
// on the sample that both PDFs carry the same household code and content hash.
#include "html_form.h"
#include "notices/registration_form.h"
#include "pdf_tools.h"
#include "synthetic_project.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

namespace bench = survey::bench;

namespace {
using survey::households::HouseholdRecord;
using survey::notices::IssueInfo;

/// Documents, pages and wall time of one renderer.
struct Tally {
    int documents = 0;
    int pages = 0;
    qint64 nanoseconds = 0;
    double seconds() const { return nanoseconds / 1e9; }
    double pagesPerSecond() const { return pages / seconds(); }
    double documentsPerSecond() const { return documents / seconds(); }
};

IssueInfo issueFor(const HouseholdRecord& h) {
    const std::string serial = "DJ-2026-" + h.code;
    return {serial, "2026-04-01", "https://survey.example.gov.cn/verify/" + serial};
}

QString code(const HouseholdRecord& h) {
    return QString::fromStdString(h.code);
}

/// Prints one figure as `RESULT <bench> <name> <value> <unit>`, the line scripts/bench.sh reads.
void report(const char* name, double value, const char* unit) {
    std::printf("RESULT notices_render %s %.3f %s\n", name, value, unit);
}

void printTally(const char* who, const Tally& t) {
    std::printf("%-34s %5d households %6d pages %9.2f s %9.1f pages/s %8.1f households/s\n", who,
                t.documents, t.pages, t.seconds(), t.pagesPerSecond(), t.documentsPerSecond());
}

/// Our renderer over every household; keeps the PDFs of `sample` households in `dir`.
Tally renderOurs(const std::vector<HouseholdRecord>& project, const std::vector<int>& sample,
                 const QDir& dir) {
    // One untimed render first: font loading happens once per process, like on a server.
    survey::notices::renderPdf(survey::notices::buildRegistrationForm(project.front()),
                               issueFor(project.front()));
    Tally t;
    std::size_t next = 0;
    QElapsedTimer clock;
    for (int i = 0; i < static_cast<int>(project.size()); ++i) {
        const auto& h = project[static_cast<std::size_t>(i)];
        clock.start();
        const QByteArray pdf =
            survey::notices::renderPdf(survey::notices::buildRegistrationForm(h), issueFor(h));
        t.nanoseconds += clock.nsecsElapsed();
        ++t.documents;
        t.pages += bench::countPdfPages(pdf);
        if (next < sample.size() && sample[next] == i) {
            bench::writeFile(dir.filePath(QStringLiteral("ours-%1.pdf").arg(code(h))), pdf);
            ++next;
        }
    }
    return t;
}

/// Chromium over the sample; the HTML is written before the clock runs.
Tally renderChromium(const std::vector<HouseholdRecord>& project, const std::vector<int>& sample,
                     const QDir& dir, const bench::ChromiumPrinter& chromium, bool& ok) {
    QStringList html;
    for (int i : sample) {
        const auto& h = project[static_cast<std::size_t>(i)];
        html << dir.filePath(QStringLiteral("chromium-%1.html").arg(code(h)));
        ok = ok && bench::writeFile(
                       html.back(),
                       bench::noticeHtml(survey::notices::buildRegistrationForm(h), issueFor(h)));
    }
    // One untimed print first, so that creating the browser profile is not counted.
    if (const auto error = chromium.print(html.front(), dir.filePath("warm-up.pdf"))) {
        std::fprintf(stderr, "%s\n", qPrintable(*error));
        ok = false;
        return {};
    }
    Tally t;
    QElapsedTimer clock;
    for (const QString& path : html) {
        const QString pdf = QString(path).replace(QStringLiteral(".html"), QStringLiteral(".pdf"));
        clock.start();
        const auto error = chromium.print(path, pdf);
        t.nanoseconds += clock.nsecsElapsed();
        if (error) {
            std::fprintf(stderr, "%s\n", qPrintable(*error));
            ok = false;
            continue;
        }
        ++t.documents;
        t.pages += bench::pdfinfoPages(pdf);
    }
    return t;
}

/// Both PDFs of every sample household hold its code and its content hash, and our page
/// count read from the bytes agrees with pdfinfo. Returns the number of failed households.
int checkEquivalence(const std::vector<HouseholdRecord>& project, const std::vector<int>& sample,
                     const QDir& dir) {
    int failed = 0;
    for (int i : sample) {
        const auto& h = project[static_cast<std::size_t>(i)];
        const QString ours = dir.filePath(QStringLiteral("ours-%1.pdf").arg(code(h)));
        const QString theirs = dir.filePath(QStringLiteral("chromium-%1.pdf").arg(code(h)));
        const QString hash = QString::fromStdString(
            survey::notices::contentHash(survey::notices::buildRegistrationForm(h)));
        const QString a = bench::pdfCompactText(ours), b = bench::pdfCompactText(theirs);
        QStringList problems;
        for (const QString& needle : {code(h), hash}) {
            if (!a.contains(needle))
                problems << QStringLiteral("ours lacks ") + needle;
            if (!b.contains(needle))
                problems << QStringLiteral("chromium lacks ") + needle;
        }
        QFile f(ours);
        f.open(QIODevice::ReadOnly);
        if (bench::countPdfPages(f.readAll()) != bench::pdfinfoPages(ours))
            problems << QStringLiteral("page count differs from pdfinfo");
        if (!problems.isEmpty()) {
            ++failed;
            std::fprintf(stderr, "%s: %s\n", qPrintable(code(h)), qPrintable(problems.join("; ")));
        }
    }
    return failed;
}
} // namespace

int main(int argc, char** argv) {
    // Notices need fonts and a paint engine, not a screen: servers have none.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // progress shows while Chromium runs
    QCommandLineParser cli;
    cli.setApplicationDescription(QStringLiteral(
        "Registration-form PDF throughput of survey_notices against headless Chromium."));
    cli.addHelpOption();
    cli.addOptions({
        {"households", "Households in the synthetic project.", "N", "1000"},
        {"sample", "Households also printed by Chromium (spread over the project).", "N", "50"},
        {"chromium", "Chromium binary.", "PATH", "chromium"},
        {"out", "Keep the PDFs and HTML of the sample in DIR (default: a temporary dir).", "DIR"},
    });
    cli.process(app);
    const int count = std::max(1, cli.value("households").toInt());
    const int sampleSize = std::clamp(cli.value("sample").toInt(), 1, count);

    QTemporaryDir temp;
    const QString outPath = cli.isSet("out") ? cli.value("out") : temp.path();
    QDir().mkpath(outPath);
    const QDir dir(outPath);

    QElapsedTimer clock;
    clock.start();
    const auto project = bench::syntheticProject(count, 20260401);
    std::printf("synthetic project: %d households generated in %.2f s\n", count,
                clock.nsecsElapsed() / 1e9);
    std::vector<int> sample;
    for (int k = 0; k < sampleSize; ++k)
        sample.push_back(static_cast<int>(static_cast<long long>(k) * count / sampleSize));

    const Tally ours = renderOurs(project, sample, dir);
    const bench::ChromiumPrinter chromium(cli.value("chromium"), temp.filePath("profile"));
    std::printf("baseline: %s, one process per document\n", qPrintable(chromium.version()));
    bool ok = true;
    const Tally theirs = renderChromium(project, sample, dir, chromium, ok);

    std::printf("\n");
    printTally("survey_notices (all households)", ours);
    printTally("headless Chromium (sample)", theirs);
    if (theirs.documents > 0) {
        std::printf("\nratio, pages/s:      %.1fx (target >= 5x)\n",
                    ours.pagesPerSecond() / theirs.pagesPerSecond());
        std::printf("ratio, households/s: %.1fx\n",
                    ours.documentsPerSecond() / theirs.documentsPerSecond());
        std::printf("pages per household: survey_notices %.2f, Chromium %.2f\n",
                    double(ours.pages) / ours.documents, double(theirs.pages) / theirs.documents);
        report("survey_notices_pages_per_s", ours.pagesPerSecond(), "pages/s");
        report("chromium_pages_per_s", theirs.pagesPerSecond(), "pages/s");
        report("ratio_pages_per_s", ours.pagesPerSecond() / theirs.pagesPerSecond(), "x");
        report("ratio_households_per_s", ours.documentsPerSecond() / theirs.documentsPerSecond(),
               "x");
    }
    const int failed = ok ? checkEquivalence(project, sample, dir) : sampleSize;
    std::printf("equivalence (household code and content hash in both PDFs): %d of %d %s\n",
                sampleSize - failed, sampleSize, failed == 0 ? "ok" : "FAILED");
    if (cli.isSet("out"))
        std::printf("PDFs and HTML of the sample kept in %s\n", qPrintable(outPath));
    return ok && failed == 0 ? 0 : 1;
}
