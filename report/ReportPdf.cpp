#include "ReportPdf.h"

#include <QBuffer>
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace pgm {

QByteArray reportPdf(const QString& html, const QString& title) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("pgmigrate"));
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
        QTextDocument document;
        document.setDefaultStyleSheet(QStringLiteral(
            "body { font-size: 9pt; } h1 { font-size: 15pt; } h2 { font-size: 12pt; } "
            "th { background-color: #e8e8e8; text-align: left; }"));
        document.setHtml(html);
        document.print(&writer);
    } // the writer finishes the document when it goes
    return bytes;
}

} // namespace pgm
