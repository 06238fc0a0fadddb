// SPDX-License-Identifier: Apache-2.0
#include "app/language.h"

#include <QCoreApplication>

namespace survey::app {

namespace {
Language* s_instance = nullptr;
}

Language::Language(const QString& code, QObject* parent) : QObject(parent) {
    setCode(code);
}

Language::~Language() {
    if (s_instance == this)
        s_instance = nullptr;
}

void Language::provide(Language* language) {
    s_instance = language;
}

Language* Language::instance() {
    return s_instance;
}

bool Language::isEnglish() {
    return s_instance && s_instance->english();
}

Language* Language::create(QQmlEngine* engine, QJSEngine*) {
    Q_ASSERT(s_instance);
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    s_instance->engine_ = engine;
    return s_instance;
}

void Language::setCode(const QString& code) {
    const QString next =
        code == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("zh_CN");
    if (next == code_)
        return;
    code_ = next;
    QCoreApplication::removeTranslator(&translator_);
    // The .qm files are resources of the executable; tests run without them, in source text.
    if (translator_.load(QStringLiteral(":/i18n/survey_") + code_))
        QCoreApplication::installTranslator(&translator_);
    if (engine_)
        engine_->retranslate();
    emit codeChanged();
}

} // namespace survey::app
