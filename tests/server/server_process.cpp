// SPDX-License-Identifier: Apache-2.0
#include "server_process.h"

#include <QDeadlineTimer>
#include <QRegularExpression>
#include <csignal>
#include <sys/prctl.h>

namespace {
constexpr int kCommandTimeoutMs = 30'000;
constexpr int kStartTimeoutMs = 20'000;
} // namespace

int ServerProcess::runCommand(const QStringList& args, const QByteArray& input, QString* output) {
    QProcess process;
    process.start(SURVEY_SERVER_BINARY, args);
    if (!process.waitForStarted(kCommandTimeoutMs))
        return -1;
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(kCommandTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        return -1;
    }
    if (output)
        *output = QString::fromUtf8(process.readAllStandardOutput());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

bool ServerProcess::start(const QStringList& args) {
    process_ = std::make_unique<QProcess>();
    process_->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    // A test that crashes or is killed by its ctest timeout takes its server with it,
    // instead of leaving it listening and holding the test's output open.
    process_->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    process_->start(SURVEY_SERVER_BINARY, QStringList{"serve"} + args);
    if (!process_->waitForStarted(kStartTimeoutMs))
        return false;
    static const QRegularExpression listening(R"(^listening https?://127\.0\.0\.1:(\d+)$)");
    static const QRegularExpression fingerprint(R"(^fingerprint ([0-9a-f]{64})$)");
    QDeadlineTimer deadline(kStartTimeoutMs);
    while (!deadline.hasExpired()) {
        while (process_->canReadLine()) {
            const QString line = QString::fromUtf8(process_->readLine()).trimmed();
            log_ += line + "\n";
            if (auto m = fingerprint.match(line); m.hasMatch())
                fingerprint_ = m.captured(1);
            if (auto m = listening.match(line); m.hasMatch()) {
                port_ = m.captured(1).toInt();
                return true;
            }
        }
        if (process_->state() == QProcess::NotRunning)
            return false;
        process_->waitForReadyRead(static_cast<int>(deadline.remainingTime()));
    }
    return false;
}

bool ServerProcess::stop() {
    if (!process_ || process_->state() == QProcess::NotRunning)
        return false;
    process_->terminate();
    if (!process_->waitForFinished(10'000)) {
        process_->kill();
        process_->waitForFinished();
        return false;
    }
    log_ += QString::fromUtf8(process_->readAllStandardOutput());
    return process_->exitStatus() == QProcess::NormalExit && process_->exitCode() == 0;
}

void ServerProcess::kill() {
    if (!process_ || process_->state() == QProcess::NotRunning)
        return;
    process_->kill();
    process_->waitForFinished();
    log_ += QString::fromUtf8(process_->readAllStandardOutput());
}

ServerProcess::~ServerProcess() {
    if (process_ && process_->state() != QProcess::NotRunning) {
        process_->kill();
        process_->waitForFinished();
    }
}
