// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QTranslator>

namespace survey::app {

/// The UI language (Chinese by default, English selectable). Switching installs the
/// translation and re-evaluates every qsTr binding of the engine, so no restart is needed;
/// models that show code labels listen to `codeChanged`.
class Language : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString code READ code WRITE setCode NOTIFY codeChanged)
    Q_PROPERTY(bool english READ english NOTIFY codeChanged)

  public:
    /// Deliberately not default-constructible: Qt 6.4 prefers a default constructor to
    /// create(), and QML would then get a second instance the models never see.
    explicit Language(const QString& code, QObject* parent = nullptr);
    ~Language() override;

    /// Makes `language` the instance QML and the models see; the caller keeps ownership.
    static void provide(Language* language);
    /// The provided instance, or nullptr (then labels are Chinese).
    static Language* instance();
    /// True when the provided instance shows English.
    static bool isEnglish();
    static Language* create(QQmlEngine* engine, QJSEngine* js);

    QString code() const { return code_; }
    /// "zh_CN" or "en"; anything else falls back to "zh_CN".
    void setCode(const QString& code);
    bool english() const { return code_ == QLatin1String("en"); }

  signals:
    void codeChanged();

  private:
    QString code_;
    QTranslator translator_;
    QPointer<QQmlEngine> engine_;
};

} // namespace survey::app
