#include "Command.h"

#include "forensics/crypto/AuditCheckpoints.h"
#include "model/StoreLocation.h"
#include "model/StoreMigration.h"

#include <QFileInfo>

namespace firebreak::cli {

namespace {

// The signed checkpoints (OpenSSL, so forensics/): on the source before
// anything is written, and on the target inside the copy's transaction,
// where they must still verify against the copied chain and store id.
Status checkpointsHold(const CaseStore &store)
{
    auto v = checkpoints::verifyStored(store);
    if (!v)
        return v.error();
    if (!v->ok)
        return Error{Error::Kind::Corrupt, v->summary()};
    return {};
}

int storeMigrate(Context &ctx, const QCommandLineParser &p)
{
    if (!p.positionalArguments().isEmpty())
        return ctx.usage(QStringLiteral("store migrate takes no arguments besides --from FILE and --to STORE (got %1)")
                             .arg(p.positionalArguments().join(QLatin1Char(' '))));
    const QString from = p.value(QStringLiteral("from"));
    const QString to = p.value(QStringLiteral("to")).trimmed();
    if (from.isEmpty() || to.isEmpty())
        return ctx.usage(QStringLiteral("store migrate needs --from FILE (the SQLite case file) and --to STORE (a "
                                        "postgresql:// URL or a new SQLite file)"));

    MigrationRequest request;
    request.sourcePath = from;
    request.targetSpec = isPostgresUrl(to) ? to : QFileInfo(to).absoluteFilePath();
    request.actor = ctx.actor();
    request.openTarget = [&ctx](const QString &spec) { return openStoreAsking(spec, ctx.clock(), ctx.actor()); };
    request.checkSource = checkpointsHold;
    request.checkTarget = checkpointsHold;
    auto report = migrateStore(request, ctx.clock());
    if (!report)
        return ctx.fail(report.error());

    QTextStream &out = ctx.out();
    out << "Copied " << report->source << Qt::endl;
    out << "  SHA-256 " << report->sourceSha256 << " (the file was only read)" << Qt::endl;
    out << "into " << report->target << (report->targetCreated ? " (new file)" : "") << Qt::endl;
    qint64 total = 0;
    for (const auto &[table, rows] : report->rows) {
        out << QStringLiteral("  %1 %2").arg(table, -24).arg(rows, 8) << Qt::endl;
        total += rows;
    }
    out << QStringLiteral("  %1 %2 rows in %3 tables").arg(QString(), -24).arg(total, 8).arg(report->rows.size())
        << Qt::endl;
    out << "store id: " << report->storeId << " (kept, so signed checkpoints still name this store)" << Qt::endl;
    out << "audit: " << report->copiedEntries << " entries copied, head " << report->sourceHeadHash << Qt::endl;
    out << "       entry " << report->migrateEntry.seq << " store.migrate recorded"
        << (report->migrateEntry.dbUser.isEmpty() ? QString()
                                                  : QStringLiteral(" by database user ") + report->migrateEntry.dbUser)
        << ", head " << report->migrateEntry.entryHash << Qt::endl;
    qint64 signedCheckpoints = 0;
    for (const auto &[table, rows] : report->rows)
        if (table == QLatin1String("audit_checkpoints"))
            signedCheckpoints = rows;
    out << "verified on arrival: " << report->targetChain.entries
        << " entries intact, every copied entry hash equal to the source's, "
        << (signedCheckpoints ? QStringLiteral("%1 signed checkpoint(s) valid").arg(signedCheckpoints)
                              : QStringLiteral("no signed checkpoint to check"))
        << Qt::endl;
    return Ok;
}

} // namespace

QList<Command> storeCommands()
{
    return {
        {{QStringLiteral("store"), QStringLiteral("migrate")},
         QStringLiteral("--from FILE --to STORE"),
         QStringLiteral("Copy a laptop's case file into the team store (or a new file), audit chain intact and "
                        "verified on arrival."),
         [](QCommandLineParser &p) {
             p.addOption(QCommandLineOption(QStringLiteral("from"),
                                            QStringLiteral("The SQLite case file to copy (only read, never changed)."),
                                            QStringLiteral("FILE")));
             p.addOption(QCommandLineOption(
                 QStringLiteral("to"),
                 QStringLiteral("The empty store to fill: postgresql://user@host:port/dbname (password from "
                                "~/.pgpass, PGPASSFILE or a prompt) or a new SQLite file."),
                 QStringLiteral("STORE")));
         },
         storeMigrate},
    };
}

} // namespace firebreak::cli
