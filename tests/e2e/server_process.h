// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <memory>

namespace survey::e2e {

/// Output of one finished admin command.
struct CommandResult {
    bool ok = false; ///< started, finished in time, exit code 0
    QString out, err;
};

/// Runs `survey-server ARGS --data DIR`, feeding `input` on stdin; bounded by `timeoutMs`.
CommandResult runServerCommand(const QString& dataDir, const QStringList& args,
                               const QByteArray& input = {}, int timeoutMs = 60'000);

/// A survey-server serving DIR on a free loopback port, killed when this object goes away
/// and, should the test process itself die, by the kernel.
class ServerProcess {
  public:
    explicit ServerProcess(const QString& dataDir);
    ~ServerProcess();
    ServerProcess(const ServerProcess&) = delete;

    /// Starts it and waits (at most `timeoutMs`) for its fingerprint and URL lines.
    bool start(int timeoutMs = 30'000);
    QUrl url() const { return url_; }
    QString fingerprint() const { return fingerprint_; }
    /// Everything the server printed, for failure messages.
    QString log() const { return log_; }

  private:
    QString dataDir_;
    std::unique_ptr<QProcess> process_;
    QUrl url_;
    QString fingerprint_, log_;
};

} // namespace survey::e2e
