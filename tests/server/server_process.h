// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <memory>

/// The real survey-server binary, for tests that go through its command line and its
/// HTTP API on a loopback port.
class ServerProcess {
  public:
    /// Runs an admin command to completion (bounded) with `input` on stdin; returns its
    /// exit code and leaves its stdout in `output`.
    static int runCommand(const QStringList& args, const QByteArray& input, QString* output);

    /// Starts `serve` with `args` and waits (bounded) for its `listening` line.
    bool start(const QStringList& args);
    /// Sends SIGTERM and waits (bounded); true when it exited cleanly.
    bool stop();
    /// Sends SIGKILL, as a crash would end it, and waits until it is gone.
    void kill();
    ~ServerProcess();

    int port() const { return port_; }
    /// The running server's process id (0 when none).
    qint64 processId() const { return process_ ? process_->processId() : 0; }
    const QString& fingerprint() const { return fingerprint_; }
    /// Everything the server printed so far, for failure messages.
    QString log() const { return log_; }

  private:
    std::unique_ptr<QProcess> process_;
    int port_ = 0;
    QString fingerprint_;
    QString log_;
};
