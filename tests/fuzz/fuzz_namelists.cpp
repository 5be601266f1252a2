// Name lists as users type them (--exclude-db, --skip-table, the wizard's excluded databases):
// never a crash, and every list read back from its own formatting gives the same names, so a
// name with commas, dots or quotes is never split, merged or changed on the way.
#include "DatabaseNameList.h"
#include "QualifiedNames.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    QString error;
    for (const int parts : {1, 3}) {
        QList<QStringList> names;
        if (!pgm::parseNameList(text, parts, &names, &error)) {
            continue;
        }
        for (const QStringList& entry : std::as_const(names)) {
            QList<QStringList> again;
            if (entry.size() != parts ||
                !pgm::parseNameList(pgm::formatQualifiedName(entry), parts, &again, &error) ||
                again.size() != 1 || again.first() != entry) {
                std::abort();
            }
        }
        if (parts == 3) {
            for (const QStringList& entry : std::as_const(names)) {
                (void)pgm::skippedTablesOf({pgm::formatQualifiedName(entry)}, entry.first());
            }
        }
    }
    QStringList databases;
    if (pgm::parseDatabaseList(text, &databases, &error)) {
        QStringList again;
        if (!pgm::parseDatabaseList(pgm::formatDatabaseList(databases), &again, &error) ||
            again != databases) {
            std::abort();
        }
    }
    return 0;
}
