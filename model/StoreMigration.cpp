#include "StoreMigration.h"

#include "StoreLocation.h"
#include "storage/AuditRepository.h"
#include "storage/Database.h"
#include "storage/StoreCopy.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QTemporaryDir>

namespace firebreak {

namespace {

constexpr qint64 kChunk = 1 << 20;

Error withKind(Error::Kind kind, QString message)
{
    return Error{kind, std::move(message)};
}

// Appends what was (not) done, unless the message already says it.
Error nothingWritten(Error e, const QString &target)
{
    if (e.message.contains(QLatin1String("nothing was written"), Qt::CaseInsensitive))
        return e;
    e.message = e.message.trimmed();
    if (!e.message.endsWith(QLatin1Char('.')))
        e.message += QLatin1Char('.');
    e.message += QStringLiteral(" Nothing was written to %1; the source was not modified.").arg(target);
    return e;
}

Result<QString> sha256Of(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::failed(QStringLiteral("cannot read %1: %2").arg(path, f.errorString()));
    QCryptographicHash h(QCryptographicHash::Sha256);
    if (!h.addData(&f))
        return Error::failed(QStringLiteral("cannot read %1: %2").arg(path, f.errorString()));
    return QString::fromLatin1(h.result().toHex());
}

// Copies the source's bytes into the scratch folder, hashing exactly the
// bytes copied. The source is opened read-only and by nothing else.
Result<QString> copyAndHash(const QString &from, const QString &to)
{
    QFile in(from);
    if (!in.open(QIODevice::ReadOnly))
        return Error::failed(QStringLiteral("cannot read source case file %1: %2").arg(from, in.errorString()));
    QFile out(to);
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly) ||
        !out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return Error::failed(
            QStringLiteral("cannot make a scratch copy of %1 at %2: %3").arg(from, to, out.errorString()));
    QCryptographicHash h(QCryptographicHash::Sha256);
    while (!in.atEnd()) {
        const QByteArray chunk = in.read(kChunk);
        if (chunk.isEmpty() && in.error() != QFileDevice::NoError)
            return Error::failed(QStringLiteral("cannot read source case file %1: %2").arg(from, in.errorString()));
        h.addData(chunk);
        if (out.write(chunk) != chunk.size())
            return Error::failed(
                QStringLiteral("cannot make a scratch copy of %1 at %2: %3").arg(from, to, out.errorString()));
    }
    if (!out.flush())
        return Error::failed(
            QStringLiteral("cannot make a scratch copy of %1 at %2: %3").arg(from, to, out.errorString()));
    return QString::fromLatin1(h.result().toHex());
}

// The source, opened from its scratch copy and checked.
struct Source {
    QString path;
    QString sha256;
    std::unique_ptr<CaseStore> store;
    QList<AuditEntry> entries;
    QString headHash;
};

Result<Source> openSource(const MigrationRequest &request, const Clock &clock, const QTemporaryDir &scratch)
{
    if (isPostgresUrl(request.sourcePath))
        return Error::usage(
            QStringLiteral("the source must be an SQLite case file; %1 is a PostgreSQL store").arg(request.sourcePath));
    const QFileInfo info(request.sourcePath);
    Source s;
    s.path = info.absoluteFilePath();
    const QString nothing = QStringLiteral("nothing was copied");
    if (!info.exists())
        return Error::notFound(QStringLiteral("source case file %1 does not exist; %2").arg(s.path, nothing));
    if (!info.isFile())
        return Error::usage(QStringLiteral("source %1 is not a file; %2").arg(s.path, nothing));
    if (info.size() == 0)
        return withKind(
            Error::Kind::Corrupt,
            QStringLiteral("source %1 is an empty file, not a Firebreak case store; %2").arg(s.path, nothing));
    // A laptop's Firebreak still open on the file (or one that crashed)
    // leaves recent changes in the -wal file beside it: the copy would miss
    // them, and the file's SHA-256 would not describe what was copied.
    if (QFileInfo(s.path + QStringLiteral("-wal")).size() > 0)
        return withKind(Error::Kind::Locked,
                        QStringLiteral("source %1 has changes not yet written into the file (%1-wal): close "
                                       "Firebreak where it is open, or open it once with `firebreak-cli --db %1 "
                                       "audit verify` to fold them in, then try again; %2")
                            .arg(s.path, nothing));

    if (!scratch.isValid())
        return Error::failed(
            QStringLiteral("cannot make a scratch folder to read %1 in: %2").arg(s.path, scratch.errorString()));
    const QString copy = QFileInfo(scratch.filePath(QStringLiteral("source.sqlite"))).absoluteFilePath();
    auto sha = copyAndHash(s.path, copy);
    if (!sha)
        return sha.error();
    s.sha256 = *sha;

    auto db = Database::openSqlite(copy);
    if (!db) {
        Error e = db.error();
        e.message.replace(copy, s.path);
        e.message += QStringLiteral(" Nothing was copied.");
        return e;
    }
    s.store = std::make_unique<CaseStore>(std::move(db).value(), clock, request.actor);

    auto entries = s.store->auditLog();
    if (!entries)
        return entries.error();
    s.entries = *entries;
    const AuditVerdict verdict = verifyChain(s.entries);
    if (!verdict.intact())
        return withKind(Error::Kind::Corrupt,
                        QStringLiteral("the audit trail of source %1 is broken at entry %2 (%3); a store whose "
                                       "trail does not verify is not migrated, %4. Run `firebreak-cli --db %1 audit "
                                       "verify` for every finding.")
                            .arg(s.path)
                            .arg(verdict.firstBadSeq)
                            .arg(verdict.problems.value(0), nothing));
    s.headHash = verdict.headHash;
    auto incidents = s.store->incidents();
    if (!incidents)
        return incidents.error();
    if (incidents->isEmpty() && s.entries.isEmpty())
        return withKind(Error::Kind::Corrupt,
                        QStringLiteral("source %1 holds no incident and no audit entry: there is nothing to migrate "
                                       "(is it the right file?)")
                            .arg(s.path));
    if (request.checkSource) {
        if (auto st = request.checkSource(*s.store); !st) {
            Error e = st.error();
            e.message = QStringLiteral("source %1 does not verify: %2; %3").arg(s.path, e.message, nothing);
            return e;
        }
    }
    return s;
}

QString describeRows(const QList<QPair<QString, qint64>> &rows)
{
    QStringList parts;
    for (const auto &[table, n] : rows)
        parts << QStringLiteral("%1: %2").arg(table).arg(n);
    return parts.join(QStringLiteral(", "));
}

// Everything that happens inside the target's write transaction.
class Copier {
public:
    Copier(const MigrationRequest &request, const Clock &clock, const Source &source, CaseStore &target,
           MigrationReport &report)
        : m_request(request), m_clock(clock), m_source(source), m_target(target), m_report(report)
    {
    }

    Status run(QSqlDatabase &to)
    {
        QSqlDatabase from = m_source.store->readConnection();
        if (auto st = requireEmpty(to); !st)
            return st;
        if (auto st = requireKnownTables(from, to); !st)
            return st;
        if (auto st = copyTables(from, to); !st)
            return st;
        if (auto st = StoreCopy::resetSequences(to); !st)
            return st;
        if (auto st = appendMigrateEntry(to); !st)
            return st;
        if (auto st = verifyArrival(from, to); !st)
            return st;
        if (m_request.checkTarget) {
            if (auto st = m_request.checkTarget(m_target); !st)
                return Error{
                    st.error().kind,
                    QStringLiteral("the copy on %1 does not verify: %2").arg(m_target.path(), st.error().message)};
        }
        // What was copied is the scratch copy; if the file moved on since,
        // the laptop kept working and those changes would be left behind.
        auto now = sha256Of(m_source.path);
        if (!now)
            return now.error();
        if (*now != m_source.sha256)
            return Error::failed(QStringLiteral("source %1 changed while it was being copied (SHA-256 %2, now %3): "
                                                "close Firebreak where it is open and try again.")
                                     .arg(m_source.path, m_source.sha256, *now));
        return {};
    }

private:
    Status requireEmpty(QSqlDatabase &to)
    {
        QList<QPair<QString, qint64>> found;
        for (const QString &table : StoreCopy::tablesInCopyOrder()) {
            if (table == QLatin1String("store_meta"))
                continue;
            auto n = StoreCopy::rowCount(to, table);
            if (!n)
                return n.error();
            if (*n > 0)
                found.append({table, *n});
        }
        if (found.isEmpty())
            return {};
        return withKind(Error::Kind::Conflict,
                        QStringLiteral("target case store %1 is not empty (it holds %2); store migrate only copies "
                                       "into a store without incidents or audit entries, so two trails are never "
                                       "mixed. Nothing was written to it.")
                            .arg(m_target.path(), describeRows(found)));
    }

    Status requireKnownTables(QSqlDatabase &from, QSqlDatabase &to)
    {
        const QStringList order = StoreCopy::tablesInCopyOrder();
        auto sourceTables = StoreCopy::tables(from);
        auto targetTables = StoreCopy::tables(to);
        if (!sourceTables || !targetTables)
            return sourceTables ? targetTables.error() : sourceTables.error();
        for (const QString &t : *sourceTables)
            if (!order.contains(t))
                return Error::failed(QStringLiteral("source %1 has a table %2 that this Firebreak does not know how "
                                                    "to copy")
                                         .arg(m_source.path, t));
        for (const QString &t : order)
            if (!sourceTables->contains(t) || !targetTables->contains(t))
                return Error::failed(
                    QStringLiteral("table %1 is missing from the %2 (%3)")
                        .arg(t, sourceTables->contains(t) ? QStringLiteral("target") : QStringLiteral("source"),
                             sourceTables->contains(t) ? m_target.path() : m_source.path));
        return {};
    }

    Status copyTables(QSqlDatabase &from, QSqlDatabase &to)
    {
        // The laptop's entries name no database user; the server accepts
        // that only while this transaction says it is importing them.
        if (auto st = StoreCopy::setImporting(to, true); !st)
            return st;
        for (const QString &table : StoreCopy::tablesInCopyOrder()) {
            auto n = table == QLatin1String("store_meta") ? StoreCopy::copyStoreMeta(from, to)
                                                          : StoreCopy::copyRows(from, to, table);
            if (!n)
                return n.error();
            m_report.rows.append({table, *n});
        }
        return StoreCopy::setImporting(to, false);
    }

    Status appendMigrateEntry(QSqlDatabase &to)
    {
        QJsonObject rows;
        for (const auto &[table, n] : m_report.rows)
            rows.insert(table, n);
        const QJsonObject data{{QStringLiteral("from"), m_source.path},
                               {QStringLiteral("source_sha256"), m_source.sha256},
                               {QStringLiteral("source_entries"), qint64(m_source.entries.size())},
                               {QStringLiteral("source_head_hash"), m_source.headHash},
                               {QStringLiteral("store_id"), m_source.store->storeId()},
                               {QStringLiteral("rows"), rows}};
        auto e = AuditRepository::append(to, m_clock.nowUtc(), m_request.actor,
                                         {QStringLiteral("store.migrate"), QStringLiteral("store"), QString(), data});
        if (!e)
            return e.error();
        m_report.migrateEntry = *e;
        return {};
    }

    Status verifyArrival(QSqlDatabase &from, QSqlDatabase &to)
    {
        auto broken = [&](const QString &why) {
            return withKind(
                Error::Kind::Corrupt,
                QStringLiteral("the audit trail did not arrive intact on %1: %2").arg(m_target.path(), why));
        };
        auto arrived = AuditRepository::all(to);
        if (!arrived)
            return arrived.error();
        const QList<AuditEntry> &source = m_source.entries;
        if (arrived->size() != source.size() + 1)
            return broken(QStringLiteral("%1 entries instead of %2").arg(arrived->size()).arg(source.size() + 1));
        for (qsizetype i = 0; i < source.size(); ++i) {
            const AuditEntry &a = arrived->at(i), &s = source.at(i);
            if (a.seq != s.seq || a.prevHash != s.prevHash || a.entryHash != s.entryHash)
                return broken(QStringLiteral("entry %1 differs from the source's").arg(s.seq));
        }
        const AuditEntry &last = arrived->last();
        if (last.entryHash != m_report.migrateEntry.entryHash || last.action != QLatin1String("store.migrate"))
            return broken(QStringLiteral("the last entry is not the store.migrate entry just written"));
        m_report.targetChain = verifyChain(*arrived);
        if (m_report.targetChain.state != AuditVerdict::State::Intact)
            return broken(m_report.targetChain.problems.value(0));

        for (const auto &[table, copied] : m_report.rows) {
            if (table == QLatin1String("store_meta"))
                continue;
            auto here = StoreCopy::rowCount(to, table);
            auto there = StoreCopy::rowCount(from, table);
            if (!here || !there)
                return here ? there.error() : here.error();
            const qint64 added = table == QLatin1String("audit_log") ? 1 : 0;
            if (*there != copied || *here != copied + added)
                return Error::failed(QStringLiteral("table %1 has %2 rows on %3 but %4 in the source")
                                         .arg(table)
                                         .arg(*here - added)
                                         .arg(m_target.path())
                                         .arg(*there));
        }
        auto id = AuditRepository::storeId(to);
        if (!id)
            return id.error();
        if (*id != m_source.store->storeId())
            return Error::failed(QStringLiteral("the store identity on %1 (%2) is not the source's (%3)")
                                     .arg(m_target.path(), *id, m_source.store->storeId()));
        m_report.storeId = *id;
        return {};
    }

    const MigrationRequest &m_request;
    const Clock &m_clock;
    const Source &m_source;
    CaseStore &m_target;
    MigrationReport &m_report;
};

void removeSqliteFiles(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace

Result<MigrationReport> migrateStore(const MigrationRequest &request, const Clock &clock)
{
    if (request.sourcePath.trimmed().isEmpty() || request.targetSpec.trimmed().isEmpty())
        return Error::usage(QStringLiteral("store migrate needs a source case file and a target store"));

    // Declared first so the source store (whose file lives in it) goes first.
    const QTemporaryDir scratch;
    auto source = openSource(request, clock, scratch);
    if (!source)
        return source.error();

    // A new SQLite file that a failed migration leaves behind would look
    // like a store; remove what this run created.
    const bool targetIsFile = !isPostgresUrl(request.targetSpec);
    const QFileInfo targetInfo(request.targetSpec);
    const QString targetFile = targetInfo.absoluteFilePath();
    const bool created = targetIsFile && !targetInfo.exists();
    if (targetIsFile && targetInfo.exists() &&
        targetInfo.canonicalFilePath() == QFileInfo(source->path).canonicalFilePath())
        return Error::usage(
            QStringLiteral("--to names the source file %1 itself; nothing was copied").arg(source->path));

    auto opened = request.openTarget ? request.openTarget(request.targetSpec)
                                     : CaseStore::open(request.targetSpec, clock, request.actor);
    if (!opened) {
        if (created)
            removeSqliteFiles(targetFile);
        Error e = opened.error();
        e.message = e.message.trimmed() + QStringLiteral("\nNothing was copied; the source was not modified.");
        return e;
    }
    std::unique_ptr<CaseStore> target = std::move(opened).value();

    MigrationReport report;
    report.source = source->path;
    report.sourceSha256 = source->sha256;
    report.target = target->path();
    report.targetCreated = created;
    report.copiedEntries = source->entries.size();
    report.sourceHeadHash = source->headHash;

    Copier copier(request, clock, *source, *target, report);
    const Status st = target->database().write([&](QSqlDatabase &to) { return copier.run(to); });
    if (!st) {
        const QString where = target->path();
        if (created) {
            target.reset(); // closes its connections before the files go
            removeSqliteFiles(targetFile);
        }
        return nothingWritten(st.error(), where);
    }
    return report;
}

} // namespace firebreak
