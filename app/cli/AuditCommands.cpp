#include "Command.h"

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
    if (p.isSet(QStringLiteral("json"))) {
        QJsonObject o{{QStringLiteral("store"), store->path()},
                      {QStringLiteral("intact"), verdict->intact()},
                      {QStringLiteral("entries"), verdict->entries},
                      {QStringLiteral("head_hash"), verdict->headHash},
                      {QStringLiteral("first_bad_seq"), verdict->firstBadSeq},
                      {QStringLiteral("problems"), QJsonArray::fromStringList(verdict->problems)}};
        ctx.out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    } else if (verdict->intact()) {
        ctx.out() << "OK: " << verdict->summary() << Qt::endl;
        ctx.out() << "store: " << store->path() << Qt::endl;
        ctx.out() << "head:  " << verdict->headHash << Qt::endl;
    } else {
        ctx.err() << "FAILED: " << verdict->summary() << Qt::endl;
        ctx.err() << "store: " << store->path() << Qt::endl;
        for (const QString &problem : verdict->problems)
            ctx.err() << "  " << problem << Qt::endl;
    }
    ctx.out().flush();
    return verdict->intact() ? Ok : Failed;
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

} // namespace

QList<Command> auditCommands()
{
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON instead of text."));
    return {
        {{QStringLiteral("audit"), QStringLiteral("verify")}, QStringLiteral("[--json]"),
         QStringLiteral("Walk the audit hash chain; exit 1 and name the first bad seq if broken."),
         [json](QCommandLineParser &p) { p.addOption(json); }, auditVerify},
        {{QStringLiteral("audit"), QStringLiteral("log")}, QStringLiteral("[ID] [--json]"),
         QStringLiteral("Print the audit trail, of one incident or the whole store."),
         [json](QCommandLineParser &p) {
             p.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("Incident id (optional)."), QStringLiteral("[ID]"));
             p.addOption(json);
         },
         auditLog},
    };
}

} // namespace firebreak::cli
