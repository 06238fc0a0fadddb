// SPDX-License-Identifier: Apache-2.0
#include "signatures/form_review.h"

#include "app/language.h"
#include "notices/pdf_renderer.h"
#include "notices/registration_form.h"
#include "session/session.h"
#include "signatures/form_image_provider.h"
#include "store/local_store.h"
#include "survey/households/household_record.h"

#include <QCoreApplication>
#include <QUuid>

namespace survey::app {

FormReview::FormReview(QObject* parent) : QObject(parent) {
    if (auto* language = Language::instance())
        connect(language, &Language::codeChanged, this, &FormReview::refresh);
}

void FormReview::setSession(Session* session) {
    if (session == session_)
        return;
    disconnect(recordsConnection_);
    session_ = session;
    if (session_)
        recordsConnection_ =
            connect(session_, &Session::recordsChanged, this, &FormReview::refresh);
    emit sessionChanged();
    refresh();
}

void FormReview::setHouseholdId(const QString& id) {
    if (id == householdId_)
        return;
    householdId_ = id;
    emit householdIdChanged();
    refresh();
}

void FormReview::setDpi(int dpi) {
    if (dpi == dpi_ || dpi < 30)
        return;
    dpi_ = dpi;
    emit householdIdChanged();
    refresh();
}

void FormReview::classBegin() {
    FormImageProvider::installOn(qmlEngine(this));
}

void FormReview::componentComplete() {
    complete_ = true;
    refresh();
}

QString FormReview::shortHash() const {
    QStringList groups;
    for (int i = 0; i < 16 && i < contentHash_.size(); i += 4)
        groups.append(contentHash_.mid(i, 4));
    return groups.join(QLatin1Char(' '));
}

bool FormReview::headSigned() const {
    for (const auto& s : signatures_) {
        const auto m = s.toMap();
        if (m.value(QStringLiteral("role")) == QLatin1String("head") &&
            !m.value(QStringLiteral("stale")).toBool())
            return true;
    }
    return false;
}

QString FormReview::roleLabel(const QString& role) {
    if (role == QLatin1String("head"))
        return tr("Head of household");
    if (role == QLatin1String("member"))
        return tr("Family member");
    if (role == QLatin1String("surveyor"))
        return tr("Surveyor");
    if (role == QLatin1String("witness"))
        return tr("Witness");
    return role;
}

void FormReview::refresh() {
    // Until QML has set every property, a render would use half the inputs.
    if (!complete_)
        return;
    pageSources_.clear();
    signatures_.clear();
    householdCode_ = headName_ = contentHash_ = status_ = {};
    std::optional<households::HouseholdRecord> household;
    if (session_ && !householdId_.isEmpty())
        household = households::loadHousehold(session_->store().db(), householdId_.toStdString());
    if (household) {
        householdCode_ = QString::fromStdString(household->code);
        headName_ = QString::fromStdString(household->headName);
        status_ = QString::fromStdString(household->status);
        const std::string hash = notices::formContentHash(*household);
        contentHash_ = QString::fromStdString(hash);
        for (const auto& s : household->signatures) {
            const QString role = QString::fromStdString(s.role);
            signatures_.append(QVariantMap{
                {QStringLiteral("role"), role},
                {QStringLiteral("roleLabel"), roleLabel(role)},
                {QStringLiteral("signerName"), QString::fromStdString(s.signerName)},
                {QStringLiteral("signedAt"), QString::fromStdString(s.signedAt)},
                {QStringLiteral("signedHash"), QString::fromStdString(s.signedHash)},
                {QStringLiteral("stale"), s.signedHash != hash},
            });
        }
        // An empty IssueInfo renders the draft: no serial, no QR, the same painter as the PDF.
        const auto pages =
            notices::renderPages(notices::buildRegistrationForm(*household), {}, dpi_);
        const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
        FormImageProvider::publish(key, pages);
        for (int i = 0; i < pages.size(); ++i)
            pageSources_.append(FormImageProvider::pageUrl(key, i));
    }
    emit formChanged();
}

} // namespace survey::app
