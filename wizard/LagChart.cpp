#include "LagChart.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>
#include <limits>

namespace pgm {

namespace {

constexpr double kNoValue = std::numeric_limits<double>::quiet_NaN();

QString bytesText(double value) {
    return QLocale().formattedDataSize(qint64(value), 1, QLocale::DataSizeTraditionalFormat);
}

QString secondsText(double value) {
    if (value < 120) {
        return LagChart::tr("%1 s").arg(qRound(value));
    }
    if (value < 7200) {
        return LagChart::tr("%1 min").arg(QLocale().toString(value / 60, 'f', 1));
    }
    return LagChart::tr("%1 h").arg(QLocale().toString(value / 3600, 'f', 1));
}

QColor seriesColor(int index) {
    // Distinct on a light and a dark background, and for the common colour blindnesses.
    static const QColor colors[] = {QColor(0x1f, 0x77, 0xb4), QColor(0xff, 0x7f, 0x0e),
                                    QColor(0x2c, 0xa0, 0x2c), QColor(0xd6, 0x27, 0x28),
                                    QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b),
                                    QColor(0xe3, 0x77, 0xc2), QColor(0x17, 0xbe, 0xcf)};
    return colors[index % int(std::size(colors))];
}

} // namespace

LagChart::LagChart(QWidget* parent)
    : QWidget(parent) {
    setAccessibleName(tr("Lag chart"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    updateDescription();
}

void LagChart::setHistory(const LagHistory& history) {
    m_history = history;
    m_databases.clear();
    for (const LagSample& sample : m_history.samples()) {
        for (auto it = sample.lag.constBegin(); it != sample.lag.constEnd(); ++it) {
            if (!m_databases.contains(it.key())) {
                m_databases << it.key();
            }
        }
    }
    updateDescription();
    update();
}

bool LagChart::showsThroughput() const {
    return std::any_of(m_history.samples().cbegin(), m_history.samples().cend(),
                       [](const LagSample& sample) { return sample.bytesCopied >= 0; });
}

QSize LagChart::sizeHint() const {
    return {420, 200};
}

QSize LagChart::minimumSizeHint() const {
    return {240, 120};
}

QList<LagChart::Panel> LagChart::panels() const {
    const QList<LagSample>& samples = m_history.samples();
    const QDateTime start = samples.isEmpty() ? QDateTime() : samples.first().at;
    QList<Panel> result;
    if (!m_databases.isEmpty()) {
        Panel bytes{tr("Bytes behind"), {}, bytesText};
        Panel seconds{tr("Seconds behind"), {}, secondsText};
        for (int i = 0; i < m_databases.size(); ++i) {
            Series bytesLine{m_databases[i], seriesColor(i), {}};
            Series secondsLine{m_databases[i], seriesColor(i), {}};
            for (const LagSample& sample : samples) {
                const double x = double(start.msecsTo(sample.at));
                const auto lag = sample.lag.constFind(m_databases[i]);
                const bool known = lag != sample.lag.constEnd();
                bytesLine.points << QPointF(x, known && lag->bytes >= 0 ? double(lag->bytes)
                                                                        : kNoValue);
                secondsLine.points
                    << QPointF(x, known && lag->seconds >= 0 ? double(lag->seconds) : kNoValue);
            }
            bytes.series << bytesLine;
            seconds.series << secondsLine;
        }
        result << bytes << seconds;
    }
    if (showsThroughput()) {
        Panel throughput{tr("Copy throughput"), {}, [](double value) {
                             return tr("%1/s").arg(bytesText(value));
                         }};
        Series line{tr("copy"), palette().color(QPalette::Text), {}};
        for (qsizetype i = 0; i < samples.size(); ++i) {
            const double x = double(start.msecsTo(samples[i].at));
            const LagSample* before = i > 0 ? &samples[i - 1] : nullptr;
            const qint64 ms = before ? before->at.msecsTo(samples[i].at) : 0;
            // A rate needs two neighbours that both copied; a start over resets the count.
            if (before && before->bytesCopied >= 0 &&
                samples[i].bytesCopied >= before->bytesCopied && ms > 0) {
                line.points << QPointF(x, double(samples[i].bytesCopied - before->bytesCopied) *
                                              1000.0 / double(ms));
            } else {
                line.points << QPointF(x, kNoValue);
            }
        }
        throughput.series << line;
        result << throughput;
    }
    return result;
}

void LagChart::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF area = QRectF(rect()).adjusted(4, 4, -4, -4);
    const QList<Panel> shown = panels();
    if (shown.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(area, Qt::AlignCenter | Qt::TextWordWrap,
                         tr("The lag chart fills in while the migration copies and replicates."));
        return;
    }
    const QList<LagSample>& samples = m_history.samples();
    const double spanMs =
        std::max<double>(1000.0, double(samples.first().at.msecsTo(samples.last().at)));
    const int line = fontMetrics().height();
    QRectF body = area;
    if (!m_databases.isEmpty()) {
        drawLegend(painter, QRectF(area.left(), area.top(), area.width(), line));
        body.setTop(area.top() + line + 4);
    }
    body.setBottom(area.bottom() - line - 2); // the time axis
    const double height = body.height() / double(shown.size());
    for (qsizetype i = 0; i < shown.size(); ++i) {
        drawPanel(painter,
                  QRectF(body.left(), body.top() + height * double(i), body.width(), height),
                  shown[i], spanMs);
    }
    drawTimeAxis(painter, QRectF(body.left(), body.bottom() + 2, body.width(), line));
}

void LagChart::drawPanel(QPainter& painter, const QRectF& area, const Panel& panel,
                         double spanMs) const {
    double top = 0;
    bool known = false; // the servers answered at least once
    for (const Series& series : panel.series) {
        for (const QPointF& point : series.points) {
            if (!std::isnan(point.y())) {
                top = std::max(top, point.y());
                known = true;
            }
        }
    }
    const QString title =
        known ? QStringLiteral("%1 (%2 %3)").arg(panel.title, tr("max"), panel.format(top))
              : QStringLiteral("%1 (%2)").arg(panel.title, tr("unknown"));
    top = top > 0 ? top * 1.1 : 1.0;
    const int line = fontMetrics().height();
    // Title and scale above the plot, so the plot gets the whole width.
    painter.setPen(palette().color(QPalette::Text));
    painter.drawText(QRectF(area.left(), area.top(), area.width(), line),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     fontMetrics().elidedText(title, Qt::ElideRight, int(area.width())));
    const QRectF plot = area.adjusted(0, line + 1, 0, -3);
    painter.setPen(palette().color(QPalette::Mid));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(plot);
    for (const Series& series : panel.series) {
        QPainterPath path;
        bool drawing = false;
        for (const QPointF& point : series.points) {
            if (std::isnan(point.y())) {
                drawing = false;
                continue;
            }
            const QPointF at(plot.left() + plot.width() * point.x() / spanMs,
                             plot.bottom() - plot.height() * point.y() / top);
            if (drawing) {
                path.lineTo(at);
            } else {
                path.moveTo(at);
                path.addEllipse(at, 1.5, 1.5); // a lone sample still shows
                path.moveTo(at);
                drawing = true;
            }
        }
        painter.setPen(QPen(series.color, 2));
        painter.drawPath(path);
    }
}

void LagChart::drawTimeAxis(QPainter& painter, const QRectF& area) const {
    const QList<LagSample>& samples = m_history.samples();
    const QString format = samples.first().at.daysTo(samples.last().at) > 0
                               ? QStringLiteral("MMM d HH:mm")
                               : QStringLiteral("HH:mm:ss");
    painter.setPen(palette().color(QPalette::Text));
    painter.drawText(area, Qt::AlignLeft | Qt::AlignVCenter,
                     QLocale().toString(samples.first().at.toLocalTime(), format));
    painter.drawText(area, Qt::AlignRight | Qt::AlignVCenter,
                     QLocale().toString(samples.last().at.toLocalTime(), format));
}

void LagChart::drawLegend(QPainter& painter, const QRectF& area) const {
    double x = area.left();
    const int box = fontMetrics().height() / 2;
    for (int i = 0; i < m_databases.size(); ++i) {
        painter.fillRect(QRectF(x, area.center().y() - box / 2.0, box, box), seriesColor(i));
        x += box + 4;
        const QString name = fontMetrics().elidedText(m_databases[i], Qt::ElideMiddle, 160);
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(QRectF(x, area.top(), area.right() - x, area.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, name);
        x += fontMetrics().horizontalAdvance(name) + 12;
        if (x > area.right()) {
            break;
        }
    }
}

void LagChart::updateDescription() {
    // A screen reader gets the latest values the picture shows.
    const QList<LagSample>& samples = m_history.samples();
    if (samples.isEmpty()) {
        setAccessibleDescription(tr("No samples yet."));
        return;
    }
    QStringList parts;
    const LagSample& last = samples.last();
    for (auto it = last.lag.constBegin(); it != last.lag.constEnd(); ++it) {
        parts << tr("%1: %2 and %3 behind")
                     .arg(it.key(), it->bytes >= 0 ? bytesText(double(it->bytes)) : tr("unknown"),
                          it->seconds >= 0 ? secondsText(double(it->seconds)) : tr("unknown"));
    }
    setAccessibleDescription(tr("%n sample(s).", nullptr, int(samples.size())) + QLatin1Char(' ') +
                             parts.join(QStringLiteral("; ")));
}

} // namespace pgm
