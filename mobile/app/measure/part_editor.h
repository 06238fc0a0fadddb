// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QStringList>
#include <QVariantList>
#include <array>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <vector>

// Q_PROPERTY of Session* needs the complete type in moc's output.
Q_MOC_INCLUDE("session/session.h")

namespace survey::app {

class Session;

/// Edits one measured part (测量部位) of a building, a rectangle or a polygon outline. Every
/// keystroke recomputes the counted area with the shared rule (the one the server checks), so the
/// surveyor sees the area and why ("层高 2.15 m < 2.20 m → 1/2") before saving. Metres are parsed
/// from the text to whole millimetres, never through floating point.
class PartEditor : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(survey::app::Session* session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QString buildingId READ buildingId WRITE setBuildingId NOTIFY buildingIdChanged)
    Q_PROPERTY(QString partId READ partId NOTIFY partIdChanged)
    Q_PROPERTY(QString floorText READ floorText WRITE setFloorText NOTIFY inputChanged)
    /// Wire code: room, balcony_inside, balcony_outside, bay_window, sloped_roof, …
    Q_PROPERTY(QString kind READ kind WRITE setKind NOTIFY inputChanged)
    /// "rectangle" (width × depth) or "polygon" (vertex coordinates, see part_editor_polygon.cpp).
    Q_PROPERTY(QString shape READ shape WRITE setShape NOTIFY inputChanged)
    Q_PROPERTY(int vertexCount READ vertexCount NOTIFY vertexCountChanged)
    /// x and y of each vertex as typed, in metres; one entry per vertex row.
    Q_PROPERTY(QStringList vertexXTexts READ vertexXTexts NOTIFY inputChanged)
    Q_PROPERTY(QStringList vertexYTexts READ vertexYTexts NOTIFY inputChanged)
    Q_PROPERTY(QStringList vertexXErrors READ vertexXErrors NOTIFY resultChanged)
    Q_PROPERTY(QStringList vertexYErrors READ vertexYErrors NOTIFY resultChanged)
    Q_PROPERTY(bool canAddVertex READ canAddVertex NOTIFY vertexCountChanged)
    /// The vertices entered so far in the unit square, y up, for the outline preview.
    Q_PROPERTY(QVariantList outline READ outline NOTIFY resultChanged)
    Q_PROPERTY(QString widthText READ widthText WRITE setWidthText NOTIFY inputChanged)
    Q_PROPERTY(QString depthText READ depthText WRITE setDepthText NOTIFY inputChanged)
    /// Optional second readings (量两次): the length counts as the mean when they agree
    /// within 0.02 m + 0.0005 × length, and must be measured again when they do not.
    Q_PROPERTY(QString width2Text READ width2Text WRITE setWidth2Text NOTIFY inputChanged)
    Q_PROPERTY(QString depth2Text READ depth2Text WRITE setDepth2Text NOTIFY inputChanged)
    /// "mean of two readings: 3.452 m" when a second reading is in use.
    Q_PROPERTY(QString widthNote READ widthNote NOTIFY resultChanged)
    Q_PROPERTY(QString depthNote READ depthNote NOTIFY resultChanged)
    /// The lengths that count, e.g. "3.452 × 2.100", once a rectangle is valid.
    Q_PROPERTY(QString lengthsText READ lengthsText NOTIFY resultChanged)
    Q_PROPERTY(QString heightText READ heightText WRITE setHeightText NOTIFY inputChanged)
    Q_PROPERTY(QString sillText READ sillText WRITE setSillText NOTIFY inputChanged)
    /// The kind's rule needs a height; heightIsClear: it is the clear height (净高), not
    /// the storey height (层高).
    Q_PROPERTY(bool needsHeight READ needsHeight NOTIFY inputChanged)
    Q_PROPERTY(bool heightIsClear READ heightIsClear NOTIFY inputChanged)
    Q_PROPERTY(bool needsSill READ needsSill NOTIFY inputChanged)
    Q_PROPERTY(QString floorError READ floorError NOTIFY resultChanged)
    Q_PROPERTY(QString widthError READ widthError NOTIFY resultChanged)
    Q_PROPERTY(QString depthError READ depthError NOTIFY resultChanged)
    Q_PROPERTY(QString heightError READ heightError NOTIFY resultChanged)
    Q_PROPERTY(QString sillError READ sillError NOTIFY resultChanged)
    Q_PROPERTY(bool valid READ valid NOTIFY resultChanged)
    /// Counted area in m² with two decimals ("7.56"); empty while invalid.
    Q_PROPERTY(QString areaText READ areaText NOTIFY resultChanged)
    /// Floor area before the rule's factor, m² rounded to 0.01.
    Q_PROPERTY(QString floorAreaText READ floorAreaText NOTIFY resultChanged)
    Q_PROPERTY(QString ruleText READ ruleText NOTIFY resultChanged)
    /// What is missing or wrong overall (field errors are in the *Error properties).
    Q_PROPERTY(QString errorText READ errorText NOTIFY resultChanged)
    Q_PROPERTY(QString saveError READ saveError NOTIFY saveErrorChanged)

  public:
    explicit PartEditor(QObject* parent = nullptr);

    Session* session() const { return session_; }
    void setSession(Session* session);
    QString buildingId() const { return buildingId_; }
    void setBuildingId(const QString& id);
    QString partId() const { return partId_; }

    QString floorText() const { return floorText_; }
    QString kind() const { return kind_; }
    QString shape() const {
        return polygon_ ? QStringLiteral("polygon") : QStringLiteral("rectangle");
    }
    void setShape(const QString& shape);
    int vertexCount() const { return static_cast<int>(vertexX_.size()); }
    QStringList vertexXTexts() const { return vertexX_; }
    QStringList vertexYTexts() const { return vertexY_; }
    QStringList vertexXErrors() const { return vertexXErrors_; }
    QStringList vertexYErrors() const { return vertexYErrors_; }
    bool canAddVertex() const;
    QVariantList outline() const { return outline_; }
    QString widthText() const { return widthText_; }
    QString depthText() const { return depthText_; }
    QString heightText() const { return heightText_; }
    QString sillText() const { return sillText_; }
    void setFloorText(const QString& v) { setInput(floorText_, v); }
    void setKind(const QString& v) { setInput(kind_, v); }
    void setWidthText(const QString& v) { setInput(widthText_, v); }
    void setDepthText(const QString& v) { setInput(depthText_, v); }
    QString width2Text() const { return width2Text_; }
    QString depth2Text() const { return depth2Text_; }
    void setWidth2Text(const QString& v) { setInput(width2Text_, v); }
    void setDepth2Text(const QString& v) { setInput(depth2Text_, v); }
    QString widthNote() const { return widthNote_; }
    QString depthNote() const { return depthNote_; }
    QString lengthsText() const { return lengthsText_; }
    void setHeightText(const QString& v) { setInput(heightText_, v); }
    void setSillText(const QString& v) { setInput(sillText_, v); }

    bool needsHeight() const;
    bool heightIsClear() const;
    bool needsSill() const;
    QString floorError() const { return floorError_; }
    QString widthError() const { return widthError_; }
    QString depthError() const { return depthError_; }
    QString heightError() const { return heightError_; }
    QString sillError() const { return sillError_; }
    bool valid() const { return valid_; }
    QString areaText() const { return areaText_; }
    QString floorAreaText() const { return floorAreaText_; }
    QString ruleText() const { return ruleText_; }
    QString errorText() const { return errorText_; }
    QString saveError() const { return saveError_; }

    /// Starts a new part on `floor` (keeps the kind and heights last used: surveyors
    /// measure room after room of one storey).
    Q_INVOKABLE void startNew(int floor);
    /// Appends an empty vertex row (up to the shared rule's kMaxVertices).
    Q_INVOKABLE void addVertex();
    /// Removes vertex row `index`; fewer than 3 rows is allowed and shown as an error.
    Q_INVOKABLE void removeVertex(int index);
    Q_INVOKABLE void setVertexX(int index, const QString& text);
    Q_INVOKABLE void setVertexY(int index, const QString& text);
    /// Loads a stored part; false when it does not exist.
    Q_INVOKABLE bool load(const QString& partId);
    /// Saves the part with the rule's area and updates the building's measured area.
    Q_INVOKABLE bool save();
    /// Deletes the loaded part (a tombstone that syncs) and updates the building's area.
    Q_INVOKABLE bool remove();

  signals:
    void sessionChanged();
    void buildingIdChanged();
    void partIdChanged();
    void inputChanged();
    void resultChanged();
    void saveErrorChanged();
    void vertexCountChanged();

  private:
    void setInput(QString& field, const QString& value);
    void recompute();
    /// Parses the vertex rows into their errors, verticesMm_ (only when every coordinate is
    /// valid) and the preview; true when some coordinate is wrongly typed.
    bool parseVertices();
    /// What is wrong with the outline as a whole (vertex count, missing coordinates, a
    /// crossing), or empty.
    QString outlineProblem() const;
    void setVertexText(QStringList& texts, int index, const QString& text);
    void setVertices(const std::vector<std::array<std::int64_t, 2>>& verticesMm);
    nlohmann::json currentFields() const;
    void setSaveError(const QString& text);
    void setPartId(const QString& id);

    QPointer<Session> session_;
    QString buildingId_, partId_;
    nlohmann::json loaded_ = nlohmann::json::object();
    QString floorText_, kind_, widthText_, depthText_, width2Text_, depth2Text_, heightText_,
        sillText_;
    QString floorError_, widthError_, depthError_, heightError_, sillError_, widthNote_, depthNote_;
    /// The lengths that count: one reading, or the mean of two that agree.
    std::optional<std::int64_t> widthMm_, depthMm_;
    bool polygon_ = false;
    QStringList vertexX_, vertexY_, vertexXErrors_, vertexYErrors_;
    /// The outline that counts, once every vertex is valid.
    std::vector<std::array<std::int64_t, 2>> verticesMm_;
    QVariantList outline_;
    QString areaText_, floorAreaText_, lengthsText_, ruleText_, errorText_, saveError_;
    bool valid_ = false;
    std::int64_t areaDm2_ = 0;
};

} // namespace survey::app
