#include "../StoreLocation.h"

#include "Sql.h"

#include <QAtomicInteger>
#include <QSqlDatabase>

namespace firebreak {

Result<QString> sqliteLibraryVersion()
{
    // A unique connection name: the About box may be opened from any
    // thread's point of view and must not disturb the store's connections.
    static QAtomicInteger<int> counter;
    const QString name = QStringLiteral("firebreak-sqlite-version-%1").arg(counter.fetchAndAddRelaxed(1));
    Result<QString> out = Error::failed(QStringLiteral("the QSQLITE driver is not available"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (db.open()) {
            auto v = sql::scalar(db, QStringLiteral("SELECT sqlite_version()"), {}, QStringLiteral("SQLite version"));
            out = v ? Result<QString>(v->toString()) : Result<QString>(v.error());
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

} // namespace firebreak
