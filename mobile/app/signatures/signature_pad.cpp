// SPDX-License-Identifier: Apache-2.0
#include "signatures/signature_pad.h"

#include "session/session.h"
#include "store/local_store.h"
#include "survey/hashing/sha256.h"
#include "survey/records/canonical_json.h"

#include <QBuffer>
#include <QImage>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>

namespace survey::app {

namespace {
constexpr int kPngWidth = 1200;
const QString kSettingPrefix = QStringLiteral("signature_draft/");

int normalised(qreal value, qreal extent) {
    if (extent <= 0)
        return 0;
    return std::clamp(static_cast<int>(std::lround(value / extent * SignaturePad::kSpace)), 0,
                      SignaturePad::kSpace);
}
} // namespace

SignaturePad::SignaturePad(QQuickItem* parent) : QQuickPaintedItem(parent) {
    setAcceptedMouseButtons(Qt::LeftButton);
    setAntialiasing(true);
    setFillColor(Qt::white);
    // Re-layout (rotation) only rescales the normalised strokes.
    connect(this, &QQuickItem::widthChanged, this, [this] { update(); });
    connect(this, &QQuickItem::heightChanged, this, [this] { update(); });
}

void SignaturePad::setSession(Session* session) {
    if (session == session_)
        return;
    session_ = session;
    emit sessionChanged();
    loadDraft();
}

void SignaturePad::setDraftKey(const QString& key) {
    if (key == draftKey_)
        return;
    draftKey_ = key;
    emit draftKeyChanged();
    loadDraft();
}

QString SignaturePad::strokesSha256() const {
    if (strokes_.isEmpty())
        return {};
    return QString::fromStdString(records::recordHash(strokesJson()));
}

nlohmann::json SignaturePad::strokesJson() const {
    nlohmann::json strokes = nlohmann::json::array();
    for (const auto& stroke : strokes_) {
        nlohmann::json points = nlohmann::json::array();
        for (const auto& p : stroke)
            points.push_back({p.x, p.y, p.t});
        strokes.push_back(std::move(points));
    }
    return {{"space", kSpace}, {"strokes", std::move(strokes)}};
}

QByteArray SignaturePad::pngBytes() const {
    const QSize size(kPngWidth, std::max(1, static_cast<int>(std::lround(kPngWidth * aspect_))));
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        paintStrokes(painter, size, 6.0);
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

void SignaturePad::clear() {
    if (strokes_.isEmpty())
        return;
    strokes_.clear();
    clockOffset_ = 0;
    clock_.invalidate();
    saveDraft();
    update();
    emit strokesChanged();
}

void SignaturePad::undo() {
    if (strokes_.isEmpty())
        return;
    strokes_.removeLast();
    saveDraft();
    update();
    emit strokesChanged();
}

void SignaturePad::paint(QPainter* painter) {
    painter->setRenderHint(QPainter::Antialiasing);
    // A baseline to sign on, as on paper.
    painter->setPen(QPen(QColor(0xDD, 0xE2, 0xE8), 2));
    const qreal baseline = height() * 0.75;
    painter->drawLine(QPointF(width() * 0.05, baseline), QPointF(width() * 0.95, baseline));
    paintStrokes(*painter, size(), 3.0);
}

void SignaturePad::paintStrokes(QPainter& painter, QSizeF size, qreal penWidth) const {
    painter.setPen(QPen(Qt::black, penWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    const qreal sx = size.width() / kSpace, sy = size.height() / kSpace;
    for (const auto& stroke : strokes_) {
        if (stroke.size() == 1) {
            painter.drawPoint(QPointF(stroke[0].x * sx, stroke[0].y * sy));
            continue;
        }
        QPainterPath path(QPointF(stroke[0].x * sx, stroke[0].y * sy));
        for (qsizetype i = 1; i < stroke.size(); ++i)
            path.lineTo(stroke[i].x * sx, stroke[i].y * sy);
        painter.drawPath(path);
    }
}

void SignaturePad::addPoint(QPointF position) {
    if (!clock_.isValid())
        clock_.start();
    const Point p{normalised(position.x(), width()), normalised(position.y(), height()),
                  clockOffset_ + clock_.elapsed()};
    auto& stroke = strokes_.last();
    if (!stroke.isEmpty() && stroke.last().x == p.x && stroke.last().y == p.y)
        return;
    stroke.append(p);
    update();
}

void SignaturePad::mousePressEvent(QMouseEvent* event) {
    if (width() > 0)
        aspect_ = height() / width();
    strokes_.append(Stroke{});
    addPoint(event->position());
    event->accept();
}

void SignaturePad::mouseMoveEvent(QMouseEvent* event) {
    if (!strokes_.isEmpty())
        addPoint(event->position());
    event->accept();
}

void SignaturePad::mouseReleaseEvent(QMouseEvent* event) {
    if (!strokes_.isEmpty())
        addPoint(event->position());
    saveDraft();
    emit strokesChanged();
    event->accept();
}

QString SignaturePad::settingKey() const {
    return kSettingPrefix + draftKey_;
}

void SignaturePad::saveDraft() {
    if (!session_ || draftKey_.isEmpty())
        return;
    QString value;
    if (!strokes_.isEmpty()) {
        nlohmann::json draft = strokesJson();
        draft["aspect"] = aspect_;
        value = QString::fromStdString(records::canonicalJson(draft));
    }
    session_->store().setSetting(settingKey(), value);
}

void SignaturePad::loadDraft() {
    strokes_.clear();
    clockOffset_ = 0;
    clock_.invalidate();
    const QString text =
        session_ && !draftKey_.isEmpty() ? session_->store().setting(settingKey()) : QString();
    if (!text.isEmpty()) {
        const auto draft = nlohmann::json::parse(text.toStdString(), nullptr, false);
        if (draft.is_object() && draft.value("space", 0) == kSpace) {
            aspect_ = draft.value("aspect", aspect_);
            for (const auto& points : draft.value("strokes", nlohmann::json::array())) {
                Stroke stroke;
                for (const auto& p : points)
                    if (p.is_array() && p.size() == 3 && p[0].is_number_integer() &&
                        p[1].is_number_integer() && p[2].is_number_integer())
                        stroke.append({p[0].get<int>(), p[1].get<int>(), p[2].get<qint64>()});
                if (!stroke.isEmpty()) {
                    clockOffset_ = std::max(clockOffset_, stroke.last().t + 1);
                    strokes_.append(stroke);
                }
            }
        }
    }
    update();
    emit strokesChanged();
}

} // namespace survey::app
