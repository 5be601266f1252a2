#pragma once

#include "LagHistory.h"

#include <QColor>
#include <QWidget>
#include <functional>

namespace pgm {

/// The lag chart of the Migration and Close pages, drawn with QPainter (Qt Charts is GPL-3 only
/// in Debian): per database, bytes and seconds behind the source over time, and the copy
/// throughput while a copy runs. It shows the history saved with the migration, so a reopened
/// one shows where it has been.
class LagChart : public QWidget {
    Q_OBJECT
public:
    explicit LagChart(QWidget* parent = nullptr);

    void setHistory(const LagHistory& history);
    const LagHistory& history() const { return m_history; }
    /// The databases with a line, in legend order.
    QStringList databases() const { return m_databases; }
    /// Whether the throughput panel is drawn (some sample has copy progress).
    bool showsThroughput() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    struct Series {
        QString name;
        QColor color;
        QList<QPointF> points; ///< x: ms since the first sample, y: value; NaN y breaks the line
    };
    struct Panel {
        QString title;
        QList<Series> series;
        std::function<QString(double)> format;
    };
    QList<Panel> panels() const;
    void drawPanel(QPainter& painter, const QRectF& area, const Panel& panel, double spanMs) const;
    void drawTimeAxis(QPainter& painter, const QRectF& area) const;
    void drawLegend(QPainter& painter, const QRectF& area) const;
    void updateDescription();

    LagHistory m_history;
    QStringList m_databases;
};

} // namespace pgm
