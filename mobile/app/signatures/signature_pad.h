// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QPointer>
#include <QQmlEngine>
#include <QQuickPaintedItem>
#include <QString>
#include <nlohmann/json.hpp>

// Q_PROPERTY of Session* needs the complete type in moc's output.
Q_MOC_INCLUDE("session/session.h")

namespace survey::app {

class Session;

/// An on-screen signature pad that keeps the signature as vector data: strokes of points
/// (x, y, t) with x and y in a normalised 0…10000 space across the pad and t in ms since
/// the first point. A rotation or re-layout only rescales the drawing, and the strokes'
/// hash does not depend on the screen. Every finished stroke is kept as a draft in the
/// store's settings under `draftKey`, so a signature survives an app restart.
class SignaturePad : public QQuickPaintedItem {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(survey::app::Session* session READ session WRITE setSession NOTIFY sessionChanged)
    /// Where the draft is kept, e.g. "<household id>/head"; empty keeps no draft.
    Q_PROPERTY(QString draftKey READ draftKey WRITE setDraftKey NOTIFY draftKeyChanged)
    Q_PROPERTY(bool empty READ empty NOTIFY strokesChanged)
    Q_PROPERTY(int strokeCount READ strokeCount NOTIFY strokesChanged)
    /// SHA-256 of the canonical strokes JSON; empty when nothing is drawn.
    Q_PROPERTY(QString strokesSha256 READ strokesSha256 NOTIFY strokesChanged)

  public:
    /// The normalised coordinate range of both axes.
    static constexpr int kSpace = 10000;

    explicit SignaturePad(QQuickItem* parent = nullptr);

    Session* session() const { return session_; }
    void setSession(Session* session);
    QString draftKey() const { return draftKey_; }
    void setDraftKey(const QString& key);
    bool empty() const { return strokes_.isEmpty(); }
    int strokeCount() const { return static_cast<int>(strokes_.size()); }
    QString strokesSha256() const;

    /// {"space": 10000, "strokes": [[[x, y, t], …], …]}; hashed in canonical form.
    nlohmann::json strokesJson() const;
    /// The signature as a PNG: black ink on white, 1200 px wide, the pad's proportions
    /// when signed. Kept beside the strokes for people and printouts.
    QByteArray pngBytes() const;

    /// Wipes the pad and its draft.
    Q_INVOKABLE void clear();
    /// Removes the last stroke.
    Q_INVOKABLE void undo();

    void paint(QPainter* painter) override;

  signals:
    void sessionChanged();
    void draftKeyChanged();
    void strokesChanged();

  protected:
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

  private:
    struct Point {
        int x, y;
        qint64 t;
    };
    using Stroke = QList<Point>;

    void addPoint(QPointF position);
    void paintStrokes(QPainter& painter, QSizeF size, qreal penWidth) const;
    QString settingKey() const;
    void saveDraft();
    void loadDraft();

    QPointer<Session> session_;
    QString draftKey_;
    QList<Stroke> strokes_;
    QElapsedTimer clock_;
    qint64 clockOffset_ = 0; ///< t of the last restored point, so time keeps increasing
    qreal aspect_ = 0.4;     ///< height / width of the pad when it was drawn on
};

} // namespace survey::app
