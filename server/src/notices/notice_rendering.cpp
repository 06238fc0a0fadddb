// SPDX-License-Identifier: Apache-2.0
#include "notices/notice_rendering.h"

#include "notices/pdf_renderer.h"

#include <QGuiApplication>
#include <cstdlib>
#include <mutex>

namespace survey::server::notices {

struct RenderingApplication::Impl {
    std::unique_ptr<QGuiApplication> app; ///< null when the process already has one
};

RenderingApplication::RenderingApplication() : impl_(std::make_unique<Impl>()) {
    if (QGuiApplication::instance())
        return;
    ::setenv("QT_QPA_PLATFORM", "offscreen", 0); // 0: an explicit choice wins
    static int argc = 1;
    static char name[] = "survey-server";
    static char* argv[] = {name, nullptr};
    impl_->app = std::make_unique<QGuiApplication>(argc, argv);
}

RenderingApplication::~RenderingApplication() = default;

std::string renderNoticePdf(const survey::notices::NoticeDocument& doc, const IssueStamp& stamp) {
    static std::mutex renderMutex;
    std::lock_guard lock(renderMutex);
    const QByteArray pdf =
        survey::notices::renderPdf(doc, {stamp.serial, stamp.issuedOn, stamp.verifyUrl});
    return {pdf.constData(), static_cast<std::size_t>(pdf.size())};
}

} // namespace survey::server::notices
