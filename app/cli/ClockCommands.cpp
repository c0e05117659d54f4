#include "CliSupport.h"

#include "model/clocks/ClockExplain.h"
#include "model/clocks/ClockService.h"
#include "model/clocks/NoticeDraft.h"
#include "model/clocks/WallTime.h"

#include <QFile>
#include <QSaveFile>

#include <QJsonArray>
#include <QJsonDocument>

namespace firebreak::cli {

namespace {

ClockService *service(Context &ctx)
{
    return ctx.clocks();
}

QString localText(const QDateTime &t)
{
    return wallText(t, QTimeZone::systemTimeZone());
}

// Every local time in JSON carries its offset (no hour of doubt on the
// night clocks go back); the UTC field beside it is always there.
QJsonValue localJson(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(isoWithOffset(t, QTimeZone::systemTimeZone())) : QJsonValue();
}

QJsonObject delayJson(const ClockDelay &d)
{
    return {{QStringLiteral("period"), d.period},
            {QStringLiteral("days"), d.days},
            {QStringLiteral("starts_at"), toIsoUtc(d.startsAt)},
            {QStringLiteral("starts_at_local"), localJson(d.startsAt)},
            {QStringLiteral("ends_at"), toIsoUtc(d.endsAt)},
            {QStringLiteral("ends_at_local"), localJson(d.endsAt)},
            {QStringLiteral("ground"), d.ground},
            {QStringLiteral("determined_at"), toIsoUtc(d.determinedAt)},
            {QStringLiteral("determined_at_local"), localJson(d.determinedAt)},
            {QStringLiteral("ag_reference"), d.agReference},
            {QStringLiteral("reason"), d.reason},
            {QStringLiteral("recorded_by"), d.recordedBy}};
}

QString triggerText(const ClockStatus &c)
{
    if (c.rule.triggerKind == ClockRule::TriggerKind::NoticeSent)
        return QStringLiteral("notice %1 sent").arg(c.rule.afterClock);
    return c.rule.classification;
}

QJsonObject toJson(const ClockStatus &c, const QDateTime &now, const ClockRuleSet &rules)
{
    QJsonArray notices;
    for (const Notice &n : c.notices)
        notices.append(QJsonObject{{QStringLiteral("phase"), n.phase},
                                   {QStringLiteral("sent_at"), toIsoUtc(n.sentAt)},
                                   {QStringLiteral("sent_at_local"), localJson(n.sentAt)},
                                   {QStringLiteral("recipient"), n.recipient},
                                   {QStringLiteral("channel"), n.channel},
                                   {QStringLiteral("reference"), n.reference},
                                   {QStringLiteral("delay_reason"), n.delayReason}});
    QJsonObject o{
        {QStringLiteral("incident"), c.incidentId},
        {QStringLiteral("clock"), c.rule.id},
        {QStringLiteral("regime"), c.rule.regime},
        {QStringLiteral("title"), c.rule.title},
        {QStringLiteral("recipient"), c.rule.recipient},
        {QStringLiteral("trigger"), triggerText(c)},
        {QStringLiteral("trigger_at"), c.triggerAt.isValid() ? QJsonValue(toIsoUtc(c.triggerAt)) : QJsonValue()},
        {QStringLiteral("deadline"), c.deadline.isValid() ? QJsonValue(toIsoUtc(c.deadline)) : QJsonValue()},
        {QStringLiteral("trigger_at_local"), localJson(c.triggerAt)},
        {QStringLiteral("deadline_local"), localJson(c.deadline)},
        {QStringLiteral("target"), c.target.isValid() ? QJsonValue(toIsoUtc(c.target)) : QJsonValue()},
        {QStringLiteral("target_local"), localJson(c.target)},
        {QStringLiteral("zone"), QString::fromUtf8(QTimeZone::systemTimeZoneId())},
        {QStringLiteral("basis"), c.rule.basis},
        {QStringLiteral("explanation"), explainDeadline(c, QTimeZone::systemTimeZone(), rules.calendars)},
        {QStringLiteral("state"), clockStateKey(c.state)},
        {QStringLiteral("notices"), notices}};
    if (!c.delays.isEmpty()) {
        QJsonArray delays;
        for (const ClockDelay &d : c.delays)
            delays.append(delayJson(d));
        o.insert(QStringLiteral("delays"), delays);
        o.insert(QStringLiteral("undelayed_deadline"), toIsoUtc(c.undelayedDeadline));
        o.insert(QStringLiteral("undelayed_deadline_local"), localJson(c.undelayedDeadline));
    }
    if (c.deadline.isValid() && c.open())
        o.insert(QStringLiteral("seconds_left"), c.secondsLeft(now));
    if (!c.waitingFor.isEmpty())
        o.insert(QStringLiteral("waiting_for"), c.waitingFor);
    if (c.waiver)
        o.insert(QStringLiteral("waiver"), QJsonObject{{QStringLiteral("justification"), c.waiver->justification},
                                                       {QStringLiteral("exception"), c.waiver->exception}});
    return o;
}

QString stateText(const ClockStatus &c, const QDateTime &now)
{
    switch (c.state) {
    case ClockStatus::State::Running: return formatTimeLeft(c.secondsLeft(now)) + QStringLiteral(" left");
    case ClockStatus::State::Overdue:
        return QStringLiteral("OVERDUE (") + formatTimeLeft(c.secondsLeft(now)) + QLatin1Char(')');
    case ClockStatus::State::NoLimit:
        return c.target.isValid() ? QStringLiteral("open: without undue delay; internal target %1 (%2)")
                                        .arg(localText(c.target), formatTimeLeft(now.secsTo(c.target)))
                                  : QStringLiteral("open: without undue delay");
    case ClockStatus::State::Waiting: return QStringLiteral("waits for the %1 notice").arg(c.waitingFor);
    case ClockStatus::State::Met: return QStringLiteral("sent %1").arg(localText(c.notices.first().sentAt));
    case ClockStatus::State::MetLate: return QStringLiteral("sent LATE %1").arg(localText(c.notices.first().sentAt));
    case ClockStatus::State::Waived: return QStringLiteral("not notified: %1").arg(c.waiver->justification);
    }
    return {};
}

int clockList(Context &ctx, const QCommandLineParser &p)
{
    const QString id = p.positionalArguments().value(0);
    if (const QString problem = incidentIdProblem(id); !id.isEmpty() && !problem.isEmpty())
        return ctx.usage(problem);
    auto svc = service(ctx);
    if (!svc)
        return Failed;
    auto clocks = id.isEmpty() ? svc->openClocks() : svc->clocks(id);
    if (!clocks)
        return ctx.fail(clocks.error());
    const QDateTime now = ctx.clock().nowUtc();
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray arr;
        for (const ClockStatus &c : *clocks)
            arr.append(toJson(c, now, svc->rules()));
        ctx.out() << QString::fromUtf8(QJsonDocument(arr).toJson(QJsonDocument::Indented));
        return Ok;
    }
    if (clocks->isEmpty()) {
        ctx.out() << (id.isEmpty()
                          ? QStringLiteral("No open notification clocks.")
                          : QStringLiteral("No clocks for %1 yet: classify it with firebreak-cli clock classify %1 ...")
                                .arg(id))
                  << Qt::endl;
        return Ok;
    }
    for (const ClockStatus &c : *clocks) {
        ctx.out() << QStringLiteral("%1  %2  %3").arg(c.incidentId, -13).arg(c.rule.id, -20).arg(stateText(c, now))
                  << Qt::endl;
        ctx.out() << QStringLiteral("%1  %2").arg(QString(), -13).arg(c.rule.title) << Qt::endl;
        if (c.deadline.isValid())
            ctx.out() << QStringLiteral("%1  deadline %2  (%3)")
                             .arg(QString(), -13)
                             .arg(localText(c.deadline), toIsoUtc(c.deadline))
                      << Qt::endl;
        if (c.triggerAt.isValid())
            ctx.out() << QStringLiteral("%1  trigger  %2 at %3")
                             .arg(QString(), -13)
                             .arg(triggerText(c), toIsoUtc(c.triggerAt))
                      << Qt::endl;
        ctx.out() << QStringLiteral("%1  basis    %2")
                         .arg(QString(), -13)
                         .arg(explainDeadline(c, QTimeZone::systemTimeZone(), svc->rules().calendars))
                  << Qt::endl;
    }
    return Ok;
}

void printDeadlines(Context &ctx, ClockService &svc, const QString &id)
{
    auto clocks = svc.clocks(id);
    if (clocks)
        for (const ClockStatus &c : *clocks)
            if (c.state == ClockStatus::State::Running || c.state == ClockStatus::State::Overdue ||
                c.state == ClockStatus::State::NoLimit)
                ctx.out() << "  " << c.rule.id << ": "
                          << (c.deadline.isValid()
                                  ? QStringLiteral("due %1 (%2)").arg(localText(c.deadline), toIsoUtc(c.deadline))
                                  : QStringLiteral("without undue delay"))
                          << Qt::endl
                          << "      " << explainDeadline(c, QTimeZone::systemTimeZone(), svc.rules().calendars)
                          << Qt::endl;
}

int clockClassify(Context &ctx, const QCommandLineParser &p)
{
    const QString id = p.positionalArguments().value(0);
    if (!isIncidentId(id))
        return ctx.usage(QStringLiteral("an incident id is required (e.g. INC-2026-0001), got '%1'").arg(id));
    QStringList kinds;
    for (const QString &k : knownClassifications())
        if (p.isSet(k))
            kinds << k;
    if (kinds.isEmpty())
        return ctx.usage(QStringLiteral("say what the incident is: --personal-data, --project-data, --high-risk, "
                                        "--significant, --major and/or --material"));
    auto svc = service(ctx);
    if (!svc)
        return Failed;
    QDateTime at;
    if (p.isSet(QStringLiteral("aware-at"))) {
        auto parsed = parseInstant(p.value(QStringLiteral("aware-at")), QStringLiteral("aware-at"));
        if (!parsed)
            return ctx.usage(parsed.error().message);
        at = *parsed;
    } else {
        // Awareness is the incident's: without --aware-at it is the one recorded.
        auto inc = ctx.store()->incident(id);
        if (!inc)
            return ctx.fail(inc.error());
        const bool onlyAwareness = std::all_of(kinds.begin(), kinds.end(), isAwarenessKind);
        if (!onlyAwareness || !inc->awareAt.isValid())
            return ctx.usage(QStringLiteral("--aware-at is required: the instant the clocks start from, with Z or an "
                                            "offset (e.g. 2026-11-23T03:10:00+01:00)"));
        at = inc->awareAt;
    }
    QStringList added;
    if (auto st = svc->classify(id, kinds, at, p.value(QStringLiteral("reason")), &added); !st)
        return ctx.fail(st.error());
    if (added.isEmpty()) {
        ctx.out() << id << ": already classified " << kinds.join(QStringLiteral(", ")) << " as of " << toIsoUtc(at)
                  << "; nothing changed" << Qt::endl;
        return Ok;
    }
    ctx.out() << id << " classified " << added.join(QStringLiteral(", ")) << " as of " << toIsoUtc(at) << Qt::endl;
    if (added.contains(QLatin1String("personal-data")) && !kinds.contains(QLatin1String("personal-data")))
        ctx.out() << "  (a high risk to data subjects implies a personal-data breach: GDPR Art. 33 and the customer "
                     "notice run too)"
                  << Qt::endl;
    printDeadlines(ctx, *svc, id);
    return Ok;
}

QString shiftText(const QDateTime &from, const QDateTime &to)
{
    if (!from.isValid() || !to.isValid())
        return {};
    const qint64 d = from.secsTo(to);
    const QString sign = d < 0 ? QStringLiteral("-") : QStringLiteral("+");
    return sign + formatTimeLeft(std::abs(d));
}

int clockAmend(Context &ctx, const QCommandLineParser &p)
{
    const QString id = p.positionalArguments().value(0);
    if (!isIncidentId(id))
        return ctx.usage(QStringLiteral("an incident id is required, got '%1'").arg(id));
    const bool awareness = p.isSet(QStringLiteral("awareness"));
    const QString kind = awareness ? QStringLiteral("awareness") : p.value(QStringLiteral("classification"));
    if (kind.isEmpty() || (awareness && p.isSet(QStringLiteral("classification"))))
        return ctx.usage(QStringLiteral("say which trigger to amend: --awareness (every clock counting from "
                                        "awareness) or --classification high-risk|major|material"));
    auto at = parseInstant(p.value(QStringLiteral("at")), QStringLiteral("at"));
    if (!at)
        return ctx.usage(at.error().message);
    QHash<QString, QString> reasons;
    for (const QString &v : p.values(QStringLiteral("delay-reason"))) {
        const qsizetype eq = v.indexOf(QLatin1Char('='));
        if (eq <= 0 || v.mid(eq + 1).trimmed().isEmpty())
            return ctx.usage(QStringLiteral("--delay-reason '%1' must read CLOCK=TEXT, e.g. "
                                            "--delay-reason gdpr-art33=\"scope only known on 26 Nov\"")
                                 .arg(v));
        reasons.insert(v.left(eq).trimmed(), v.mid(eq + 1).trimmed());
    }
    const bool dryRun = p.isSet(QStringLiteral("dry-run"));
    if (!dryRun && p.value(QStringLiteral("reason")).trimmed().isEmpty())
        return ctx.usage(QStringLiteral("--reason is required: an amendment must say why"));
    auto svc = service(ctx);
    if (!svc)
        return Failed;
    auto plan = svc->planAmendment(id, kind, *at);
    if (!plan)
        return ctx.fail(plan.error());
    if (!dryRun) {
        if (auto st = svc->amendTrigger(id, kind, *at, p.value(QStringLiteral("reason")), reasons); !st)
            return ctx.fail(st.error());
    }
    ctx.out() << id << ": " << plan->kind << (dryRun ? " would move from " : " moved from ") << toIsoUtc(plan->from)
              << " to " << toIsoUtc(*at) << Qt::endl;
    for (const ClockShift &s : plan->shifts)
        ctx.out() << QStringLiteral("  %1  %2 -> %3  (%4)%5")
                         .arg(s.clockId, -20)
                         .arg(localText(s.from), localText(s.to), shiftText(s.from, s.to),
                              s.becomesLate ? QStringLiteral("  notice sent %1 is now LATE").arg(localText(s.sentAt))
                                            : QString())
                  << Qt::endl;
    if (plan->shifts.isEmpty())
        ctx.out() << "  no deadline moves" << Qt::endl;
    return Ok;
}

int clockNotice(Context &ctx, const QCommandLineParser &p)
{
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 2 || !isIncidentId(pos.at(0)))
        return ctx.usage(
            QStringLiteral("usage: clock notice ID CLOCK --sent-at TIME --recipient WHO [--reference REF]"));
    auto sent = parseInstant(p.value(QStringLiteral("sent-at")), QStringLiteral("sent-at"));
    if (!sent)
        return ctx.usage(sent.error().message);
    auto svc = service(ctx);
    if (!svc)
        return Failed;
    Notice n;
    n.incidentId = pos.at(0);
    n.clockId = pos.at(1);
    n.sentAt = *sent;
    n.recipient = p.value(QStringLiteral("recipient"));
    n.channel = p.value(QStringLiteral("channel"));
    n.reference = p.value(QStringLiteral("reference"));
    n.delayReason = p.value(QStringLiteral("delay-reason"));
    n.document = p.value(QStringLiteral("document"));
    auto recorded = svc->recordNotice(n);
    if (!recorded)
        return ctx.fail(recorded.error());
    ctx.out() << n.incidentId << ": " << recorded->phase << " notice for " << n.clockId << " recorded (sent "
              << toIsoUtc(recorded->sentAt) << ")" << Qt::endl;
    return Ok;
}

int clockWaive(Context &ctx, const QCommandLineParser &p)
{
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 2 || !isIncidentId(pos.at(0)))
        return ctx.usage(QStringLiteral("usage: clock waive ID CLOCK --justification TEXT"));
    if (p.value(QStringLiteral("justification")).trimmed().isEmpty())
        return ctx.usage(QStringLiteral("--justification is required: a decision not to notify must say why"));
    auto svc = service(ctx);
    if (!svc)
        return Failed;
    auto w = svc->waive(pos.at(0), pos.at(1), p.value(QStringLiteral("justification")),
                        p.value(QStringLiteral("exception")), p.value(QStringLiteral("public-communication")));
    if (!w)
        return ctx.fail(w.error());
    ctx.out() << pos.at(0) << ": decision not to notify recorded for " << pos.at(1) << Qt::endl;
    return Ok;
}

int clockDelay(Context &ctx, const QCommandLineParser &p)
{
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 2 || !isIncidentId(pos.at(0)))
        return ctx.usage(QStringLiteral("usage: clock delay ID CLOCK (--days N | --until TIME) --ground "
                                        "national-security|public-safety --determined-at TIME --ag-reference REF "
                                        "--reason TEXT [--dry-run] [--json]"));
    DelayRequest r;
    r.incidentId = pos.at(0);
    r.clockId = pos.at(1);
    if (p.isSet(QStringLiteral("days"))) {
        bool ok = false;
        r.days = p.value(QStringLiteral("days")).toInt(&ok);
        if (!ok || r.days <= 0)
            return ctx.usage(QStringLiteral("--days '%1' must be a whole number of calendar days (1 or more)")
                                 .arg(p.value(QStringLiteral("days"))));
    }
    if (p.isSet(QStringLiteral("until"))) {
        auto until = parseInstant(p.value(QStringLiteral("until")), QStringLiteral("until"));
        if (!until)
            return ctx.usage(until.error().message);
        r.until = *until;
    }
    if (p.isSet(QStringLiteral("days")) == p.isSet(QStringLiteral("until")))
        return ctx.usage(QStringLiteral("give the period the Attorney General set either as --days N or as --until "
                                        "TIME (its last day), one of the two"));
    if (!p.isSet(QStringLiteral("determined-at")))
        return ctx.usage(QStringLiteral("--determined-at is required: when the Attorney General made the "
                                        "determination, with Z or an offset (e.g. 2026-12-02T16:00:00-05:00)"));
    auto determined = parseInstant(p.value(QStringLiteral("determined-at")), QStringLiteral("determined-at"));
    if (!determined)
        return ctx.usage(determined.error().message);
    r.determinedAt = *determined;
    r.ground = p.value(QStringLiteral("ground"));
    r.agReference = p.value(QStringLiteral("ag-reference"));
    r.reason = p.value(QStringLiteral("reason"));
    auto svc = service(ctx);
    if (!svc)
        return Failed;
    const bool dryRun = p.isSet(QStringLiteral("dry-run"));
    auto plan = dryRun ? svc->planDelay(r) : svc->recordDelay(r);
    if (!plan)
        return ctx.fail(plan.error());
    if (p.isSet(QStringLiteral("json"))) {
        QJsonObject o = delayJson(plan->delay);
        o.insert(QStringLiteral("incident"), r.incidentId);
        o.insert(QStringLiteral("clock"), r.clockId);
        o.insert(QStringLiteral("period_name"), plan->periodName);
        o.insert(QStringLiteral("max_days"), plan->maxDays);
        o.insert(QStringLiteral("deadline_before"), toIsoUtc(plan->from));
        o.insert(QStringLiteral("deadline_before_local"), localJson(plan->from));
        o.insert(QStringLiteral("deadline"), toIsoUtc(plan->to));
        o.insert(QStringLiteral("deadline_local"), localJson(plan->to));
        o.insert(QStringLiteral("recorded"), !dryRun);
        ctx.out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        return Ok;
    }
    ctx.out() << r.incidentId << ": " << r.clockId << " " << plan->periodName << " of " << plan->delay.days
              << (plan->delay.days == 1 ? " day" : " days") << (dryRun ? " would be recorded" : " recorded")
              << " (Attorney General determination " << plan->delay.agReference << ")" << Qt::endl;
    ctx.out() << QStringLiteral("  deadline %1 -> %2  (%3)")
                     .arg(localText(plan->from), localText(plan->to), shiftText(plan->from, plan->to))
              << Qt::endl;
    if (!dryRun)
        printDeadlines(ctx, *svc, r.incidentId);
    return Ok;
}

int clockDraft(Context &ctx, const QCommandLineParser &p)
{
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 2 || !isIncidentId(pos.at(0)))
        return ctx.usage(QStringLiteral("usage: clock draft ID CLOCK [--out FILE]"));
    auto svc = service(ctx);
    if (!svc)
        return Failed;
    auto c = svc->clock(pos.at(0), pos.at(1));
    if (!c)
        return ctx.fail(c.error());
    auto inc = ctx.store()->incident(pos.at(0));
    auto details = svc->breachDetails(pos.at(0));
    if (!inc)
        return ctx.fail(inc.error());
    if (!details)
        return ctx.fail(details.error());
    const NoticeDraft d = draftNotice(*c, *inc, *details, ctx.clock().nowUtc());
    const QString text = QStringLiteral("Subject: %1\n\n%2").arg(d.subject, d.body);
    if (p.isSet(QStringLiteral("out"))) {
        QSaveFile f(p.value(QStringLiteral("out")));
        if (!f.open(QIODevice::WriteOnly) || f.write(text.toUtf8()) < 0 || !f.commit())
            return ctx.fail(
                Error::failed(QStringLiteral("cannot write the draft to %1: %2").arg(f.fileName(), f.errorString())));
        ctx.out() << "draft written to " << f.fileName() << Qt::endl;
    } else {
        ctx.out() << text;
    }
    for (const QString &m : d.missing)
        ctx.err() << "to complete: " << m << Qt::endl;
    return Ok;
}

int clockRules(Context &ctx, const QCommandLineParser &)
{
    ClockRuleSet rules = ruleloader::load({ruleloader::userRuleDir()});
    for (const ClockRule &r : rules.rules)
        ctx.out() << QStringLiteral("%1  %2  %3").arg(r.id, -20).arg(r.regime, -18).arg(r.title) << Qt::endl;
    for (const QString &p : rules.problems)
        ctx.err() << "rejected: " << p << Qt::endl;
    ctx.out() << "user rules folder: " << ruleloader::userRuleDir() << Qt::endl;
    return rules.problems.isEmpty() ? Ok : Failed;
}

} // namespace

QList<Command> clockCommands()
{
    return {
        {{QStringLiteral("clock"), QStringLiteral("list")},
         QStringLiteral("[ID] [--json]"),
         QStringLiteral("Notification clocks of an incident, or every open clock, most urgent first."),
         [](QCommandLineParser &p) {
             p.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("Incident id (optional)."),
                                     QStringLiteral("[ID]"));
             p.addOption(jsonOption("Print JSON."));
         },
         clockList},
        {{QStringLiteral("clock"), QStringLiteral("classify")},
         QStringLiteral("ID [--personal-data] [--project-data] [--high-risk] [--significant] [--major] [--material] "
                        "[--aware-at TIME] [--reason TEXT]"),
         QStringLiteral("Classify an incident, starting the matching regulatory clocks."),
         [](QCommandLineParser &p) {
             p.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("Incident id."));
             p.addOption(opt("personal-data", "Personal data breach: customer 24 h notice and GDPR Art. 33 (72 h)."));
             p.addOption(opt("project-data", "Project data breach: customer 72 h notice."));
             p.addOption(opt("high-risk", "High risk to data subjects: GDPR Art. 34 (implies --personal-data)."));
             p.addOption(opt("significant", "Significant incident under NIS2 (24 h, 72 h, final)."));
             p.addOption(opt("major", "Major ICT-related incident under DORA."));
             p.addOption(opt("material", "Material cybersecurity incident: SEC Form 8-K (4 business days)."));
             p.addOption(opt("aware-at",
                             "When the trigger happened (ISO-8601 with Z or an offset); for personal-data, "
                             "project-data and significant it must be the incident's awareness.",
                             "TIME"));
             p.addOption(opt("reason", "Who decided and why (kept in the audit trail).", "TEXT"));
         },
         clockClassify},
        {{QStringLiteral("clock"), QStringLiteral("amend")},
         QStringLiteral(
             "ID (--awareness | --classification KIND) --at TIME --reason TEXT [--delay-reason CLOCK=TEXT]... "
             "[--dry-run]"),
         QStringLiteral("Correct a trigger instant: awareness re-bases every clock counting from it (audited)."),
         [](QCommandLineParser &p) {
             p.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("Incident id."));
             p.addOption(opt("awareness", "Amend the incident's awareness (customer, GDPR, NIS2, DORA 24 h)."));
             p.addOption(opt("classification",
                             "Which other trigger: high-risk, major or material (awareness kinds amend awareness).",
                             "KIND"));
             p.addOption(opt("at", "The corrected instant (ISO-8601 with Z or an offset).", "TIME"));
             p.addOption(opt("reason", "Why it changed (required).", "TEXT"));
             p.addOption(opt("delay-reason", "Reasons for the delay of a sent notice this makes late (repeatable).",
                             "CLOCK=TEXT"));
             p.addOption(opt("dry-run", "Show which deadlines would move, and by how much; change nothing."));
         },
         clockAmend},
        {{QStringLiteral("clock"), QStringLiteral("notice")},
         QStringLiteral(
             "ID CLOCK --sent-at TIME --recipient WHO [--channel C] [--reference REF] [--delay-reason TEXT]"),
         QStringLiteral("Record a notice as sent (the first ends the clock; later ones are supplements)."),
         [](QCommandLineParser &p) {
             p.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("Incident id."));
             p.addPositionalArgument(QStringLiteral("CLOCK"), QStringLiteral("Clock id, e.g. gdpr-art33."));
             p.addOption(opt("sent-at", "When it was sent (ISO-8601).", "TIME"));
             p.addOption(opt("recipient", "Who was notified.", "WHO"));
             p.addOption(opt("channel", "How (online form, e-mail, phone...).", "C"));
             p.addOption(opt("reference", "The recipient's reference or receipt number.", "REF"));
             p.addOption(opt("document", "The notice document (path or description).", "DOC"));
             p.addOption(opt("delay-reason", "Reasons for the delay (required after the deadline).", "TEXT"));
         },
         clockNotice},
        {{QStringLiteral("clock"), QStringLiteral("waive")},
         QStringLiteral("ID CLOCK --justification TEXT [--exception WHICH] [--public-communication TEXT]"),
         QStringLiteral("Record a decision not to notify, with its justification (Art. 33(5), Art. 34(3))."),
         [](QCommandLineParser &p) {
             p.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("Incident id."));
             p.addPositionalArgument(QStringLiteral("CLOCK"), QStringLiteral("Clock id."));
             p.addOption(opt("justification", "Why no notice is due (required).", "TEXT"));
             p.addOption(opt("exception",
                             "Which recognised exception applies (required where the law lists them, e.g. "
                             "gdpr-art34: unintelligible, measures, disproportionate-effort).",
                             "WHICH"));
             p.addOption(opt("public-communication",
                             "Art. 34(3)(c): the public communication made instead (what, where, when).", "TEXT"));
         },
         clockWaive},
        {{QStringLiteral("clock"), QStringLiteral("delay")},
         QStringLiteral("ID CLOCK (--days N | --until TIME) --ground national-security|public-safety --determined-at "
                        "TIME --ag-reference REF --reason TEXT [--dry-run] [--json]"),
         QStringLiteral("Record an SEC Form 8-K Item 1.05(c) delay determined by the U.S. Attorney General (audited)."),
         [](QCommandLineParser &p) {
             p.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("Incident id."));
             p.addPositionalArgument(QStringLiteral("CLOCK"), QStringLiteral("Clock id (sec-8k)."));
             p.addOption(opt("days",
                             "Calendar days of this period, counted from the day the filing was otherwise due "
                             "(at most 30, then 30, then 60).",
                             "N"));
             p.addOption(opt("until", "The period's last day, as an instant with Z or an offset.", "TIME"));
             p.addOption(opt("ground", "The risk disclosure poses: national-security or public-safety.", "G"));
             p.addOption(
                 opt("determined-at", "When the Attorney General made the determination (Z or an offset).", "TIME"));
             p.addOption(opt("ag-reference", "The determination's reference (letter, DOJ/FBI case number).", "REF"));
             p.addOption(opt("reason", "What was determined and why (kept in the audit trail).", "TEXT"));
             p.addOption(opt("dry-run", "Show the deadline it would give; record nothing."));
             p.addOption(jsonOption("Print JSON."));
         },
         clockDelay},
        {{QStringLiteral("clock"), QStringLiteral("draft")},
         QStringLiteral("ID CLOCK [--out FILE]"),
         QStringLiteral("Draft the notice a clock asks for, pre-filled from the incident (plain text)."),
         [](QCommandLineParser &p) {
             p.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("Incident id."));
             p.addPositionalArgument(QStringLiteral("CLOCK"), QStringLiteral("Clock id."));
             p.addOption(opt("out", "Write to this file instead of standard output.", "FILE"));
         },
         clockDraft},
        {{QStringLiteral("clock"), QStringLiteral("rules")},
         QString(),
         QStringLiteral("List the loaded clock rules and any rejected rule file."),
         [](QCommandLineParser &) {},
         clockRules},
    };
}

} // namespace firebreak::cli
