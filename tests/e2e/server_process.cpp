// SPDX-License-Identifier: Apache-2.0
#include "server_process.h"

#include <QDeadlineTimer>
#include <csignal>
#include <sys/prctl.h>

namespace survey::e2e {

namespace {
// Children die with the test: a crashed test must not leave a server holding a port.
void dieWithParent(QProcess& process) {
    process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
}
} // namespace

CommandResult runServerCommand(const QString& dataDir, const QStringList& args,
                               const QByteArray& input, int timeoutMs) {
    QProcess process;
    dieWithParent(process);
    process.start(QStringLiteral(SURVEY_SERVER_BIN), QStringList(args)
                                                         << QStringLiteral("--data") << dataDir);
    CommandResult result;
    if (!process.waitForStarted(timeoutMs))
        return result;
    process.write(input);
    process.closeWriteChannel();
    const bool finished = process.waitForFinished(timeoutMs);
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    result.ok = finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    if (!finished)
        process.kill();
    return result;
}

ServerProcess::ServerProcess(const QString& dataDir) : dataDir_(dataDir) {}

ServerProcess::~ServerProcess() {
    if (!process_ || process_->state() == QProcess::NotRunning)
        return;
    process_->terminate(); // SIGTERM: the server stops cleanly
    if (!process_->waitForFinished(10'000)) {
        process_->kill();
        process_->waitForFinished(5'000);
    }
}

bool ServerProcess::start(int timeoutMs) {
    process_ = std::make_unique<QProcess>();
    dieWithParent(*process_);
    process_->setProcessChannelMode(QProcess::MergedChannels);
    process_->start(QStringLiteral(SURVEY_SERVER_BIN),
                    {QStringLiteral("serve"), QStringLiteral("--data"), dataDir_,
                     QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
    const QDeadlineTimer deadline(timeoutMs);
    QByteArray pending;
    while (!deadline.hasExpired() && (url_.isEmpty() || fingerprint_.isEmpty())) {
        if (process_->state() == QProcess::NotRunning)
            return false;
        process_->waitForReadyRead(static_cast<int>(qMax<qint64>(1, deadline.remainingTime())));
        pending += process_->readAll();
        qsizetype newline;
        while ((newline = pending.indexOf('\n')) >= 0) {
            const QString line = QString::fromUtf8(pending.left(newline)).trimmed();
            pending.remove(0, newline + 1);
            log_ += line + u'\n';
            if (line.startsWith(QStringLiteral("fingerprint ")))
                fingerprint_ = line.mid(12).trimmed();
            else if (line.startsWith(QStringLiteral("listening ")))
                url_ = QUrl(line.mid(10).trimmed());
        }
    }
    return !url_.isEmpty() && !fingerprint_.isEmpty();
}

} // namespace survey::e2e
