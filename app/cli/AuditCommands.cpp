#include "Command.h"

#include "forensics/crypto/AuditCheckpoints.h"

#include <QFile>
#include <QSaveFile>

#include <QJsonArray>
#include <QJsonDocument>

namespace firebreak::cli {

namespace {

int auditVerify(Context &ctx, const QCommandLineParser &p)
{
    CaseStore *store = ctx.store();
    if (!store)
        return Failed;
    auto verdict = store->verifyAudit();
    if (!verdict)
        return ctx.fail(verdict.error());
    // Signed checkpoints: the stored ones, and an exported one if given.
    auto stored = checkpoints::verifyStored(*store);
    if (!stored)
        return ctx.fail(stored.error());
    CheckpointVerdict cp = *stored;
    if (p.isSet(QStringLiteral("against"))) {
        QFile f(p.value(QStringLiteral("against")));
        if (!f.open(QIODevice::ReadOnly))
            return ctx.fail(
                Error::failed(QStringLiteral("cannot read checkpoint %1: %2").arg(f.fileName(), f.errorString())));
        auto exported = checkpoints::verifyExported(*store, f.readAll(), f.fileName());
        if (!exported)
            return ctx.fail(exported.error());
        cp.ok = cp.ok && exported->ok;
        cp.checked += exported->checked;
        cp.problems += exported->problems;
        cp.coveredEntries = std::max(cp.coveredEntries, exported->coveredEntries);
    }
    const bool allGood = verdict->intact() && cp.ok;
    if (p.isSet(QStringLiteral("json"))) {
        QJsonObject o{{QStringLiteral("store"), store->path()},
                      {QStringLiteral("intact"), verdict->intact()},
                      {QStringLiteral("entries"), verdict->entries},
                      {QStringLiteral("head_hash"), verdict->headHash},
                      {QStringLiteral("first_bad_seq"), verdict->firstBadSeq},
                      {QStringLiteral("problems"), QJsonArray::fromStringList(verdict->problems)},
                      {QStringLiteral("checkpoints_ok"), cp.ok},
                      {QStringLiteral("checkpoints_checked"), cp.checked},
                      {QStringLiteral("checkpoint_problems"), QJsonArray::fromStringList(cp.problems)}};
        ctx.out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    } else if (allGood) {
        ctx.out() << "OK: " << verdict->summary() << Qt::endl;
        ctx.out() << "store: " << store->path() << Qt::endl;
        ctx.out() << "head:  " << verdict->headHash << Qt::endl;
        ctx.out() << "checkpoints: "
                  << (cp.checked ? cp.summary() : QStringLiteral("none yet (firebreak-cli audit checkpoint)"))
                  << Qt::endl;
    } else {
        ctx.err() << "FAILED: " << (verdict->intact() ? cp.summary() : verdict->summary()) << Qt::endl;
        ctx.err() << "store: " << store->path() << Qt::endl;
        for (const QString &problem : verdict->problems + cp.problems)
            ctx.err() << "  " << problem << Qt::endl;
    }
    ctx.out().flush();
    return allGood ? Ok : Failed;
}

int auditLog(Context &ctx, const QCommandLineParser &p)
{
    const QString id = p.positionalArguments().value(0);
    if (!id.isEmpty() && !isIncidentId(id))
        return ctx.usage(QStringLiteral("'%1' is not an incident id; ids look like INC-2026-0001").arg(id));
    CaseStore *store = ctx.store();
    if (!store)
        return Failed;
    auto entries = store->auditLog(id);
    if (!entries)
        return ctx.fail(entries.error());
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray arr;
        for (const AuditEntry &e : *entries)
            arr.append(QJsonObject{{QStringLiteral("seq"), e.seq},
                                   {QStringLiteral("at"), toIsoUtc(e.at)},
                                   {QStringLiteral("actor"), e.actor},
                                   {QStringLiteral("action"), e.action},
                                   {QStringLiteral("object"), e.object},
                                   {QStringLiteral("incident"), e.incidentId},
                                   {QStringLiteral("data"), e.data},
                                   {QStringLiteral("prev_hash"), e.prevHash},
                                   {QStringLiteral("entry_hash"), e.entryHash}});
        ctx.out() << QString::fromUtf8(QJsonDocument(arr).toJson(QJsonDocument::Indented));
        return Ok;
    }
    if (entries->isEmpty()) {
        ctx.out() << "No audit entries" << (id.isEmpty() ? QString() : QStringLiteral(" for ") + id) << "." << Qt::endl;
        return Ok;
    }
    for (const AuditEntry &e : *entries)
        ctx.out() << QStringLiteral("%1  %2  %3  %4  %5  %6")
                         .arg(e.seq, 6)
                         .arg(toIsoUtc(e.at))
                         .arg(e.actor, -12)
                         .arg(e.action, -18)
                         .arg(e.object)
                         .arg(e.entryHash.left(12))
                  << Qt::endl;
    return Ok;
}

int auditCheckpoint(Context &ctx, const QCommandLineParser &p)
{
    CaseStore *store = ctx.store();
    if (!store)
        return Failed;
    const QString keyPath =
        p.isSet(QStringLiteral("key")) ? p.value(QStringLiteral("key")) : checkpoints::defaultKeyPath();
    auto key = checkpoints::loadOrCreateKey(keyPath);
    if (!key)
        return ctx.fail(key.error());
    auto c = checkpoints::create(*store, *key);
    if (!c)
        return ctx.fail(c.error());
    ctx.out() << "checkpoint " << c->number << ": " << c->entries << " entries, head " << c->headHash << Qt::endl;
    ctx.out() << "signed with key " << c->keyFingerprint.left(16) << " (" << keyPath << ")" << Qt::endl;
    if (p.isSet(QStringLiteral("export"))) {
        QSaveFile f(p.value(QStringLiteral("export")));
        if (!f.open(QIODevice::WriteOnly) || f.write(checkpoints::exportJson(*c)) < 0 || !f.commit())
            return ctx.fail(Error::failed(QStringLiteral("checkpoint %1 was stored, but exporting it to %2 failed: %3")
                                              .arg(c->number)
                                              .arg(f.fileName(), f.errorString())));
        ctx.out() << "exported to " << f.fileName() << ": keep it off this machine" << Qt::endl;
    }
    return Ok;
}

} // namespace

QList<Command> auditCommands()
{
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON instead of text."));
    return {
        {{QStringLiteral("audit"), QStringLiteral("verify")},
         QStringLiteral("[--json]"),
         QStringLiteral("Walk the audit hash chain; exit 1 and name the first bad seq if broken."),
         [json](QCommandLineParser &p) {
             p.addOption(json);
             p.addOption(
                 QCommandLineOption(QStringLiteral("against"),
                                    QStringLiteral("Also check a checkpoint exported earlier (finds a cut tail)."),
                                    QStringLiteral("FILE")));
         },
         auditVerify},
        {{QStringLiteral("audit"), QStringLiteral("checkpoint")},
         QStringLiteral("[--export FILE] [--key PEM]"),
         QStringLiteral("Sign the current chain head (Ed25519) and optionally export it to keep elsewhere."),
         [](QCommandLineParser &p) {
             p.addOption(QCommandLineOption(QStringLiteral("export"),
                                            QStringLiteral("Write the signed checkpoint here."),
                                            QStringLiteral("FILE")));
             p.addOption(QCommandLineOption(QStringLiteral("key"),
                                            QStringLiteral("Signing key (created if missing; default in app data)."),
                                            QStringLiteral("PEM")));
         },
         auditCheckpoint},
        {{QStringLiteral("audit"), QStringLiteral("log")},
         QStringLiteral("[ID] [--json]"),
         QStringLiteral("Print the audit trail, of one incident or the whole store."),
         [json](QCommandLineParser &p) {
             p.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("Incident id (optional)."),
                                     QStringLiteral("[ID]"));
             p.addOption(json);
         },
         auditLog},
    };
}

} // namespace firebreak::cli
