#include "CheckList.h"

#include <QCoreApplication>
#include <QLocale>

namespace pgm {

QString bytesText(qint64 bytes) {
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString listText(const QStringList& items, int shown) {
    if (items.size() <= shown) {
        return items.join(QStringLiteral(", "));
    }
    return items.mid(0, shown).join(QStringLiteral(", ")) +
           QCoreApplication::translate("Checks", " and %1 more").arg(items.size() - shown);
}

void CheckList::add(QString id, QString title, Check::Status status, Check::Kind kind,
                    QString detail, QString remedy, QString dbname) {
    Check check{std::move(id),     std::move(title),  status,           kind,
                std::move(detail), std::move(remedy), std::move(dbname)};
    if (kind == Check::Kind::MethodDeciding) {
        if (m_choice == MethodChoice::Dump) {
            check.status = Check::Status::Skip;
            check.detail =
                QCoreApplication::translate("Checks", "not needed: the dump method was chosen. ") +
                check.detail;
        } else if (m_choice == MethodChoice::Replication) {
            check.kind = Check::Kind::Blocking;
        }
    }
    m_checks << check;
}

} // namespace pgm
