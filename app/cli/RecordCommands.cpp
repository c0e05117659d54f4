// What the Isolate, Restore and RCA phases record.

#include "CliSupport.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace firebreak::cli {

namespace {

void idArg(QCommandLineParser &p)
{
    p.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("Incident id."));
}

ResponseService *prepare(Context &ctx, const QCommandLineParser &p, int &rc)
{
    if (!isIncidentId(p.positionalArguments().value(0))) {
        rc = ctx.usage(QStringLiteral("an incident id is required (e.g. INC-2026-0001)"));
        return nullptr;
    }
    ResponseService *r = ctx.response();
    if (!r)
        rc = Failed;
    return r;
}

// --at is optional (default now); a malformed value is a usage error.
bool optionalInstant(Context &ctx, const QCommandLineParser &p, QDateTime &out, int &rc)
{
    if (!p.isSet(QStringLiteral("at")))
        return true;
    auto t = parseInstant(p.value(QStringLiteral("at")), QStringLiteral("at"));
    if (!t) {
        rc = ctx.usage(t.error().message);
        return false;
    }
    out = *t;
    return true;
}

int isolateAdd(Context &ctx, const QCommandLineParser &p)
{
    int rc = Ok;
    ResponseService *r = prepare(ctx, p, rc);
    if (!r)
        return rc;
    ContainmentAction a;
    a.incidentId = p.positionalArguments().first();
    if (!optionalInstant(ctx, p, a.performedAt, rc))
        return rc;
    a.system = p.value(QStringLiteral("system"));
    a.action = p.value(QStringLiteral("action"));
    a.performedBy = p.value(QStringLiteral("by"));
    a.verification = p.value(QStringLiteral("verified"));
    auto added = r->recordContainment(a);
    if (!added)
        return ctx.fail(added.error());
    ctx.out() << a.incidentId << ": " << added->system << " contained (" << added->action << ")" << Qt::endl;
    return Ok;
}

int recoveryAdd(Context &ctx, const QCommandLineParser &p)
{
    int rc = Ok;
    ResponseService *r = prepare(ctx, p, rc);
    if (!r)
        return rc;
    RecoveryAction a;
    a.incidentId = p.positionalArguments().first();
    if (!optionalInstant(ctx, p, a.performedAt, rc))
        return rc;
    a.kind = p.value(QStringLiteral("kind"));
    a.system = p.value(QStringLiteral("system"));
    a.description = p.value(QStringLiteral("text"));
    a.performedBy = p.value(QStringLiteral("by"));
    auto added = r->recordRecovery(a);
    if (!added)
        return ctx.fail(added.error());
    ctx.out() << a.incidentId << ": recovery recorded (" << added->kind << ")" << Qt::endl;
    return Ok;
}

int rcaSet(Context &ctx, const QCommandLineParser &p)
{
    int rc = Ok;
    ResponseService *r = prepare(ctx, p, rc);
    if (!r)
        return rc;
    auto current = r->rca(p.positionalArguments().first());
    if (!current)
        return ctx.fail(current.error());
    RootCauseAnalysis a = *current;
    const QList<std::pair<const char *, QString RootCauseAnalysis::*>> fields{
        {"detection", &RootCauseAnalysis::detectionMethod}, {"trigger", &RootCauseAnalysis::trigger},
        {"root-cause", &RootCauseAnalysis::rootCause},      {"factors", &RootCauseAnalysis::contributingFactors},
        {"went-well", &RootCauseAnalysis::wentWell},        {"went-wrong", &RootCauseAnalysis::wentWrong},
        {"got-lucky", &RootCauseAnalysis::gotLucky}};
    bool any = false;
    for (const auto &[name, member] : fields)
        if (p.isSet(QLatin1String(name))) {
            a.*member = p.value(QLatin1String(name)).trimmed();
            any = true;
        }
    if (p.isSet(QStringLiteral("why"))) {
        a.fiveWhys = p.values(QStringLiteral("why"));
        any = true;
    }
    if (!any)
        return ctx.usage(QStringLiteral("give at least one field (see rca set --help)"));
    if (auto st = r->saveRca(a); !st)
        return ctx.fail(st.error());
    ctx.out() << a.incidentId << ": root-cause analysis saved" << Qt::endl;
    return Ok;
}

int rcaShow(Context &ctx, const QCommandLineParser &p)
{
    int rc = Ok;
    ResponseService *r = prepare(ctx, p, rc);
    if (!r)
        return rc;
    const QString id = p.positionalArguments().first();
    auto a = r->rca(id);
    auto actions = r->correctiveActions(id);
    if (!a)
        return ctx.fail(a.error());
    if (!actions)
        return ctx.fail(actions.error());
    QJsonArray ca;
    for (const CorrectiveAction &c : *actions)
        ca.append(QJsonObject{{QStringLiteral("id"), c.id},
                              {QStringLiteral("action"), c.action},
                              {QStringLiteral("owner"), c.owner},
                              {QStringLiteral("due"), c.due.toString(Qt::ISODate)},
                              {QStringLiteral("state"), c.state}});
    const QJsonObject o{{QStringLiteral("detection"), a->detectionMethod},
                        {QStringLiteral("trigger"), a->trigger},
                        {QStringLiteral("root_cause"), a->rootCause},
                        {QStringLiteral("factors"), a->contributingFactors},
                        {QStringLiteral("five_whys"), QJsonArray::fromStringList(a->fiveWhys)},
                        {QStringLiteral("went_well"), a->wentWell},
                        {QStringLiteral("went_wrong"), a->wentWrong},
                        {QStringLiteral("got_lucky"), a->gotLucky},
                        {QStringLiteral("corrective_actions"), ca}};
    ctx.out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    return Ok;
}

int correctiveAdd(Context &ctx, const QCommandLineParser &p)
{
    int rc = Ok;
    ResponseService *r = prepare(ctx, p, rc);
    if (!r)
        return rc;
    CorrectiveAction a;
    a.incidentId = p.positionalArguments().first();
    a.action = p.value(QStringLiteral("action"));
    a.owner = p.value(QStringLiteral("owner"));
    if (p.isSet(QStringLiteral("due"))) {
        a.due = QDate::fromString(p.value(QStringLiteral("due")), Qt::ISODate);
        if (!a.due.isValid())
            return ctx.usage(QStringLiteral("--due must be a date like 2026-12-31"));
    }
    auto added = r->addCorrectiveAction(a);
    if (!added)
        return ctx.fail(added.error());
    ctx.out() << added->id << Qt::endl;
    return Ok;
}

} // namespace

QList<Command> recordCommands()
{
    return {
        {{QStringLiteral("isolate"), QStringLiteral("add")},
         QStringLiteral("ID --system HOST --action TEXT [--verified HOW] [--by NAME] [--at TIME]"),
         QStringLiteral("Record a containment action on an affected system."),
         [](QCommandLineParser &p) {
             idArg(p);
             p.addOption(opt("system", "Host or asset contained.", "HOST"));
             p.addOption(opt("action", "What was done (network cut, account disabled...).", "TEXT"));
             p.addOption(opt("verified", "How it was verified.", "HOW"));
             p.addOption(opt("by", "Who did it (default: you).", "NAME"));
             p.addOption(opt("at", "When (ISO-8601, default now).", "TIME"));
         },
         isolateAdd},
        {{QStringLiteral("recovery"), QStringLiteral("add")},
         QStringLiteral("ID --kind action|service-restored|verified-clean --text TEXT [--system HOST] [--at TIME]"),
         QStringLiteral("Record a recovery step; service-restored ends the outage."),
         [](QCommandLineParser &p) {
             idArg(p);
             p.addOption(opt("kind", "action, service-restored or verified-clean.", "K"));
             p.addOption(opt("text", "What was done.", "TEXT"));
             p.addOption(opt("system", "Host or service.", "HOST"));
             p.addOption(opt("by", "Who did it (default: you).", "NAME"));
             p.addOption(opt("at", "When (ISO-8601, default now).", "TIME"));
         },
         recoveryAdd},
        {{QStringLiteral("rca"), QStringLiteral("set")},
         QStringLiteral(
             "ID [--detection T] [--trigger T] [--root-cause T] [--factors T] [--why T]... [--went-well T] ..."),
         QStringLiteral("Record the root-cause analysis and lessons learned (audited)."),
         [](QCommandLineParser &p) {
             idArg(p);
             p.addOption(opt("detection", "How the intrusion was detected.", "TEXT"));
             p.addOption(opt("trigger", "What triggered it.", "TEXT"));
             p.addOption(opt("root-cause", "The root cause.", "TEXT"));
             p.addOption(opt("factors", "Contributing factors.", "TEXT"));
             p.addOption(opt("why", "One of the five whys (repeat, in order).", "TEXT"));
             p.addOption(opt("went-well", "Lessons: what went well.", "TEXT"));
             p.addOption(opt("went-wrong", "Lessons: what went wrong.", "TEXT"));
             p.addOption(opt("got-lucky", "Lessons: where we got lucky.", "TEXT"));
         },
         rcaSet},
        {{QStringLiteral("rca"), QStringLiteral("show")},
         QStringLiteral("ID"),
         QStringLiteral("Show the root-cause analysis and corrective actions (JSON)."),
         idArg,
         rcaShow},
        {{QStringLiteral("corrective"), QStringLiteral("add")},
         QStringLiteral("ID --action TEXT --owner NAME [--due DATE]"),
         QStringLiteral("Add a corrective action with owner and due date."),
         [](QCommandLineParser &p) {
             idArg(p);
             p.addOption(opt("action", "What will be done.", "TEXT"));
             p.addOption(opt("owner", "Who owns it.", "NAME"));
             p.addOption(opt("due", "Due date (YYYY-MM-DD).", "DATE"));
         },
         correctiveAdd},
    };
}

} // namespace firebreak::cli
