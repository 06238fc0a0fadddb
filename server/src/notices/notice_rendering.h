// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "notices/notice_document.h"

#include <memory>
#include <string>

// Kept free of Qt headers: server code names variables `signals`, which Qt defines away.
namespace survey::server::notices {

/// Owns the QGuiApplication that Qt's font database and PDF painting need, on the offscreen
/// platform unless QT_QPA_PLATFORM says otherwise (a server has no display). Create it on
/// the main thread before any notice is rendered and keep it while the server runs.
class RenderingApplication {
  public:
    RenderingApplication();
    ~RenderingApplication();
    RenderingApplication(const RenderingApplication&) = delete;
    RenderingApplication& operator=(const RenderingApplication&) = delete;

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

/// What the office adds when it issues (survey::notices::IssueInfo, without Qt types).
struct IssueStamp {
    std::string serial, issuedOn, verifyUrl;
};

/// The issued PDF's bytes, callable from any HTTP worker thread (see the .cpp for why
/// rendering is serialised).
std::string renderNoticePdf(const survey::notices::NoticeDocument& doc, const IssueStamp& stamp);

} // namespace survey::server::notices
