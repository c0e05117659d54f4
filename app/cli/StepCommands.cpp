// Playbooks, steps, timeline and contacts from the command line.

#include "CliSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace firebreak::cli {

namespace {

// Shared preamble: a well-formed id and a working response service.
ResponseService *prepare(Context &ctx, const QCommandLineParser &p, int need, int &rc)
{
    const QStringList pos = p.positionalArguments();
    if (pos.size() < need || !isIncidentId(pos.value(0))) {
        rc = ctx.usage(
            QStringLiteral("expected %1 (see --help)")
                .arg(need == 1 ? QStringLiteral("an incident id") : QStringLiteral("an incident id and a step id")));
        return nullptr;
    }
    ResponseService *r = ctx.response();
    if (!r)
        rc = Failed;
    return r;
}

int playbookList(Context &ctx, const QCommandLineParser &)
{
    const PlaybookSet set = playbooks::load({playbooks::userDir()});
    for (const Playbook &pb : set.playbooks)
        ctx.out() << QStringLiteral("%1  %2 (%3 steps)").arg(pb.id, -24).arg(pb.title).arg(pb.steps.size()) << Qt::endl;
    for (const QString &problem : set.problems)
        ctx.err() << "rejected: " << problem << Qt::endl;
    ctx.out() << "user playbooks folder: " << playbooks::userDir() << Qt::endl;
    return set.problems.isEmpty() ? Ok : Failed;
}

int stepList(Context &ctx, const QCommandLineParser &p)
{
    int rc = Ok;
    ResponseService *r = prepare(ctx, p, 1, rc);
    if (!r)
        return rc;
    auto steps = r->steps(p.positionalArguments().first());
    if (!steps)
        return ctx.fail(steps.error());
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray arr;
        for (const IncidentStep &s : *steps)
            arr.append(QJsonObject{{QStringLiteral("id"), s.stepId},
                                   {QStringLiteral("phase"), phaseKey(s.phase)},
                                   {QStringLiteral("title"), s.title},
                                   {QStringLiteral("mandatory"), s.mandatory},
                                   {QStringLiteral("state"), stepStateKey(s.state)},
                                   {QStringLiteral("owner"), s.owner},
                                   {QStringLiteral("records"), s.records},
                                   {QStringLiteral("completed_by"), s.completedBy},
                                   {QStringLiteral("note"), s.note},
                                   {QStringLiteral("checklist"), QJsonArray::fromStringList(s.checklist)}});
        ctx.out() << QString::fromUtf8(QJsonDocument(arr).toJson(QJsonDocument::Indented));
        return Ok;
    }
    if (steps->isEmpty()) {
        ctx.out() << "No steps: this incident was opened without a playbook. Add one with firebreak-cli step add."
                  << Qt::endl;
        return Ok;
    }
    Phase current = steps->first().phase;
    ctx.out() << phaseLabel(current) << Qt::endl;
    for (const IncidentStep &s : *steps) {
        if (s.phase != current) {
            current = s.phase;
            ctx.out() << phaseLabel(current) << Qt::endl;
        }
        const QString mark = s.state == IncidentStep::State::Done      ? QStringLiteral("[x]")
                             : s.state == IncidentStep::State::Skipped ? QStringLiteral("[-]")
                                                                       : QStringLiteral("[ ]");
        ctx.out() << QStringLiteral("  %1 %2  %3%4  (%5)%6")
                         .arg(mark, s.stepId.leftJustified(18), s.title, s.mandatory ? QStringLiteral(" *") : QString(),
                              s.owner,
                              s.completedBy.isEmpty() ? QString()
                                                      : QStringLiteral("  [done when recorded: %1]").arg(s.completedBy))
                  << Qt::endl;
    }
    ctx.out() << "* mandatory" << Qt::endl;
    return Ok;
}

int stepChange(Context &ctx, const QCommandLineParser &p, const QString &verb)
{
    int rc = Ok;
    ResponseService *r = prepare(ctx, p, 2, rc);
    if (!r)
        return rc;
    const QString id = p.positionalArguments().at(0);
    const QString step = p.positionalArguments().at(1);
    // Only skip and reopen declare --reason; asking the others for it would
    // make QCommandLineParser warn on stderr.
    const bool hasReason = verb == QLatin1String("skip") || verb == QLatin1String("reopen");
    const QString reason = hasReason ? p.value(QStringLiteral("reason")) : QString();
    Status st;
    if (verb == QLatin1String("done")) {
        // Typing the command is the confirmation; what was still missing is
        // said here and kept in the audit entry.
        auto missing = r->missingBeforeDone(id, step);
        if (!missing)
            return ctx.fail(missing.error());
        st = r->completeStep(id, step, p.value(QStringLiteral("note")), !missing->isEmpty());
        if (st && !missing->isEmpty()) {
            QStringList what;
            for (const QString &item : missing->unchecked)
                what << QStringLiteral("unchecked: %1").arg(item);
            if (!missing->record.isEmpty())
                what << QStringLiteral("nothing recorded yet for %1").arg(missing->record);
            ctx.err() << "note: marked done although it lacks: " << what.join(QStringLiteral("; ")) << Qt::endl;
        }
    } else if (verb == QLatin1String("skip"))
        st = reason.trimmed().isEmpty() ? Status(Error::usage(QStringLiteral("--reason is required to skip a step")))
                                        : r->skipStep(id, step, reason);
    else if (verb == QLatin1String("reopen"))
        st = r->reopenStep(id, step, reason);
    else
        st = r->reassignStep(id, step, p.value(QStringLiteral("owner")));
    if (!st)
        return ctx.fail(st.error());
    ctx.out() << id << ": step " << step << " "
              << (verb == QLatin1String("reassign") ? QStringLiteral("reassigned") : verb) << Qt::endl;
    return Ok;
}

int stepAdd(Context &ctx, const QCommandLineParser &p)
{
    int rc = Ok;
    ResponseService *r = prepare(ctx, p, 1, rc);
    if (!r)
        return rc;
    auto phase = phaseFromKey(p.value(QStringLiteral("phase")));
    if (!phase)
        return ctx.usage(QStringLiteral("--phase must be triage, isolate, collect, restore, rca or report"));
    StepTemplate t;
    t.id = p.value(QStringLiteral("id"));
    t.phase = *phase;
    t.title = p.value(QStringLiteral("title"));
    t.guidance = p.value(QStringLiteral("guidance"));
    t.owner = p.value(QStringLiteral("owner"));
    t.mandatory = p.isSet(QStringLiteral("mandatory"));
    auto added = r->addStep(p.positionalArguments().first(), t);
    if (!added)
        return ctx.fail(added.error());
    ctx.out() << added->stepId << Qt::endl;
    return Ok;
}

int timelineAdd(Context &ctx, const QCommandLineParser &p)
{
    int rc = Ok;
    ResponseService *r = prepare(ctx, p, 1, rc);
    if (!r)
        return rc;
    auto at = parseInstant(p.value(QStringLiteral("at")), QStringLiteral("at"));
    if (!at)
        return ctx.usage(at.error().message);
    TimelineNote n{0,
                   p.positionalArguments().first(),
                   *at,
                   p.value(QStringLiteral("text")),
                   p.value(QStringLiteral("source")),
                   p.value(QStringLiteral("confidence")),
                   {},
                   {}};
    auto added = r->addTimelineNote(n);
    if (!added)
        return ctx.fail(added.error());
    ctx.out() << "timeline entry added at " << toIsoUtc(added->at) << Qt::endl;
    return Ok;
}

int timelineListOrExport(Context &ctx, const QCommandLineParser &p, bool exporting)
{
    int rc = Ok;
    ResponseService *r = prepare(ctx, p, 1, rc);
    if (!r)
        return rc;
    auto tl = r->timeline(p.positionalArguments().first());
    if (!tl)
        return ctx.fail(tl.error());
    if (exporting) {
        if (p.value(QStringLiteral("format")) != QLatin1String("csv"))
            return ctx.usage(QStringLiteral("--format csv is the supported export format"));
        const QString csv = timelineToCsv(*tl);
        if (!p.isSet(QStringLiteral("out"))) {
            ctx.out() << csv;
            return Ok;
        }
        QSaveFile f(p.value(QStringLiteral("out")));
        if (!f.open(QIODevice::WriteOnly) || f.write(csv.toUtf8()) < 0 || !f.commit())
            return ctx.fail(Error::failed(QStringLiteral("cannot write %1: %2").arg(f.fileName(), f.errorString())));
        ctx.out() << tl->size() << " events written to " << f.fileName() << Qt::endl;
        return Ok;
    }
    for (const TimelineEvent &e : *tl)
        ctx.out() << QStringLiteral("%1  %2  %3%4")
                         .arg(e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm t")),
                              e.kind.leftJustified(11), e.text,
                              e.auditSeq ? QStringLiteral("  [audit #%1]").arg(e.auditSeq) : QString())
                  << Qt::endl;
    return Ok;
}

int contactAdd(Context &ctx, const QCommandLineParser &p)
{
    int rc = Ok;
    ResponseService *r = prepare(ctx, p, 1, rc);
    if (!r)
        return rc;
    ContactEntry c;
    c.incidentId = p.positionalArguments().first();
    if (p.isSet(QStringLiteral("at"))) {
        auto at = parseInstant(p.value(QStringLiteral("at")), QStringLiteral("at"));
        if (!at)
            return ctx.usage(at.error().message);
        c.at = *at;
    }
    c.partyType = p.value(QStringLiteral("type"));
    c.organisation = p.value(QStringLiteral("organisation"));
    c.person = p.value(QStringLiteral("person"));
    c.caseReference = p.value(QStringLiteral("reference"));
    c.channel = p.value(QStringLiteral("channel"));
    c.summary = p.value(QStringLiteral("summary"));
    auto added = r->logContact(c);
    if (!added)
        return ctx.fail(added.error());
    ctx.out() << "contact logged" << (added->lawEnforcement() ? " (law enforcement)" : "") << Qt::endl;
    return Ok;
}

int contactList(Context &ctx, const QCommandLineParser &p)
{
    int rc = Ok;
    ResponseService *r = prepare(ctx, p, 1, rc);
    if (!r)
        return rc;
    auto list = r->contacts(p.positionalArguments().first());
    if (!list)
        return ctx.fail(list.error());
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray arr;
        for (const ContactEntry &c : *list)
            arr.append(QJsonObject{{QStringLiteral("at"), toIsoUtc(c.at)},
                                   {QStringLiteral("type"), c.partyType},
                                   {QStringLiteral("law_enforcement"), c.lawEnforcement()},
                                   {QStringLiteral("organisation"), c.organisation},
                                   {QStringLiteral("person"), c.person},
                                   {QStringLiteral("reference"), c.caseReference},
                                   {QStringLiteral("channel"), c.channel},
                                   {QStringLiteral("summary"), c.summary}});
        ctx.out() << QString::fromUtf8(QJsonDocument(arr).toJson(QJsonDocument::Indented));
        return Ok;
    }
    for (const ContactEntry &c : *list)
        ctx.out() << QStringLiteral("%1  %2%3  %4 %5  %6")
                         .arg(toIsoUtc(c.at), c.lawEnforcement() ? QStringLiteral("LAW ENFORCEMENT") : c.partyType,
                              c.caseReference.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(c.caseReference),
                              c.organisation, c.person, c.summary)
                  << Qt::endl;
    return Ok;
}

void idArg(QCommandLineParser &p)
{
    p.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("Incident id."));
}
void idStepArgs(QCommandLineParser &p)
{
    idArg(p);
    p.addPositionalArgument(QStringLiteral("STEP"), QStringLiteral("Step id (see step list)."));
}

} // namespace

QList<Command> stepCommands()
{
    auto change = [](const char *verb) {
        return [verb](Context &ctx, const QCommandLineParser &p) { return stepChange(ctx, p, QLatin1String(verb)); };
    };
    return {
        {{QStringLiteral("playbook"), QStringLiteral("list")},
         QString(),
         QStringLiteral("List the playbooks (shipped and your own) and any rejected file."),
         [](QCommandLineParser &) {},
         playbookList},
        {{QStringLiteral("step"), QStringLiteral("list")},
         QStringLiteral("ID [--json]"),
         QStringLiteral("The incident's steps by phase, with state and owner."),
         [](QCommandLineParser &p) {
             idArg(p);
             p.addOption(jsonOption("Print JSON."));
         },
         stepList},
        {{QStringLiteral("step"), QStringLiteral("done")},
         QStringLiteral("ID STEP [--note TEXT]"),
         QStringLiteral("Mark a step done."),
         [](QCommandLineParser &p) {
             idStepArgs(p);
             p.addOption(opt("note", "What was done.", "TEXT"));
         },
         change("done")},
        {{QStringLiteral("step"), QStringLiteral("skip")},
         QStringLiteral("ID STEP --reason TEXT"),
         QStringLiteral("Skip a step, saying why."),
         [](QCommandLineParser &p) {
             idStepArgs(p);
             p.addOption(opt("reason", "Why it is skipped (required).", "TEXT"));
         },
         change("skip")},
        {{QStringLiteral("step"), QStringLiteral("reopen")},
         QStringLiteral("ID STEP --reason TEXT"),
         QStringLiteral("Reopen a done or skipped step."),
         [](QCommandLineParser &p) {
             idStepArgs(p);
             p.addOption(opt("reason", "Why (required).", "TEXT"));
         },
         change("reopen")},
        {{QStringLiteral("step"), QStringLiteral("reassign")},
         QStringLiteral("ID STEP --owner NAME"),
         QStringLiteral("Give a step to someone else."),
         [](QCommandLineParser &p) {
             idStepArgs(p);
             p.addOption(opt("owner", "New owner.", "NAME"));
         },
         change("reassign")},
        {{QStringLiteral("step"), QStringLiteral("add")},
         QStringLiteral("ID --phase P --title T [--owner O] [--mandatory] [--guidance TEXT] [--id STEP]"),
         QStringLiteral("Add a step to the incident."),
         [](QCommandLineParser &p) {
             idArg(p);
             p.addOption(opt("phase", "triage, isolate, collect, restore, rca or report.", "P"));
             p.addOption(opt("title", "What to do.", "T"));
             p.addOption(opt("owner", "Who does it.", "O"));
             p.addOption(opt("guidance", "How to do it.", "TEXT"));
             p.addOption(opt("id", "Step id (default: custom-N).", "STEP"));
             p.addOption(opt("mandatory", "The incident cannot close while it is open."));
         },
         stepAdd},
        {{QStringLiteral("timeline"), QStringLiteral("add")},
         QStringLiteral("ID --at TIME --text TEXT [--source S] [--confidence confirmed|likely|possible]"),
         QStringLiteral("Add a free entry to the incident timeline."),
         [](QCommandLineParser &p) {
             idArg(p);
             p.addOption(opt("at", "When it happened (ISO-8601).", "TIME"));
             p.addOption(opt("text", "What happened.", "TEXT"));
             p.addOption(opt("source", "Where this comes from (log, person, tool).", "S"));
             p.addOption(opt("confidence", "confirmed, likely or possible.", "C"));
         },
         timelineAdd},
        {{QStringLiteral("timeline"), QStringLiteral("list")},
         QStringLiteral("ID"),
         QStringLiteral("The merged incident timeline, oldest first."),
         idArg,
         [](Context &ctx, const QCommandLineParser &p) { return timelineListOrExport(ctx, p, false); }},
        exports({{QStringLiteral("timeline"), QStringLiteral("export")},
                 QStringLiteral("ID --format csv [--out FILE]"),
                 QStringLiteral("Export the timeline (UTC) as CSV."),
                 [](QCommandLineParser &p) {
                     idArg(p);
                     p.addOption(opt("format", "Export format (csv).", "F"));
                     p.addOption(opt("out", "Write to this file.", "FILE"));
                 },
                 [](Context &ctx, const QCommandLineParser &p) { return timelineListOrExport(ctx, p, true); }}),
        {{QStringLiteral("contact"), QStringLiteral("add")},
         QStringLiteral("ID --type TYPE --summary TEXT [--organisation ORG] [--person P] [--reference REF] [--channel "
                        "C] [--at TIME]"),
         QStringLiteral("Log a contact with a third party (law enforcement included)."),
         [](QCommandLineParser &p) {
             idArg(p);
             p.addOption(opt("type", "customer, authority, law-enforcement, vendor, insurer or other.", "TYPE"));
             p.addOption(opt("summary", "What was said.", "TEXT"));
             p.addOption(opt("organisation", "Organisation (the agency for law enforcement).", "ORG"));
             p.addOption(opt("person", "Person (the officer for law enforcement).", "P"));
             p.addOption(opt("reference", "Their case or ticket reference.", "REF"));
             p.addOption(opt("channel", "Phone, e-mail, meeting...", "C"));
             p.addOption(opt("at", "When (ISO-8601, default now).", "TIME"));
         },
         contactAdd},
        {{QStringLiteral("contact"), QStringLiteral("list")},
         QStringLiteral("ID [--json]"),
         QStringLiteral("The contacts log of an incident."),
         [](QCommandLineParser &p) {
             idArg(p);
             p.addOption(jsonOption("Print JSON."));
         },
         contactList},
    };
}

} // namespace firebreak::cli
