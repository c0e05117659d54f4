#include "CliSupport.h"
#include "model/RecordJson.h"

#include "model/clocks/ClockService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace firebreak::cli {

namespace {

QString localText(const QDateTime &t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm t")) : QStringLiteral("-");
}

// Validates the shape of an id before touching the store, so a typo is a
// usage error (2) and an unknown but well-formed id is a failure (1).
std::optional<int> checkIdShape(Context &ctx, const QString &id)
{
    if (id.isEmpty())
        return ctx.usage(QStringLiteral("an incident id is required (e.g. INC-2026-0001)"));
    if (const QString problem = incidentIdProblem(id); !problem.isEmpty())
        return ctx.usage(problem);
    return std::nullopt;
}

std::optional<QDateTime> instantOption(Context &ctx, const QCommandLineParser &p, const QString &name, int &rc)
{
    if (!p.isSet(name))
        return QDateTime();
    auto t = parseInstant(p.value(name), name);
    if (!t) {
        rc = ctx.usage(t.error().message);
        return std::nullopt;
    }
    return *t;
}

int incidentNew(Context &ctx, const QCommandLineParser &p)
{
    NewIncident spec;
    spec.title = p.value(QStringLiteral("title"));
    if (spec.title.simplified().isEmpty())
        return ctx.usage(QStringLiteral("--title is required and must not be empty; nothing was created"));
    const QString sev = p.value(QStringLiteral("severity"));
    auto severity = severityFromKey(sev);
    if (!severity)
        return ctx.usage(QStringLiteral("--severity '%1' is not one of low, medium, high, critical").arg(sev));
    spec.severity = *severity;
    spec.commander = p.value(QStringLiteral("commander"));
    spec.description = p.value(QStringLiteral("description"));
    int rc = Ok;
    auto detected = instantOption(ctx, p, QStringLiteral("detected-at"), rc);
    if (!detected)
        return rc;
    auto aware = instantOption(ctx, p, QStringLiteral("aware-at"), rc);
    if (!aware)
        return rc;
    spec.detectedAt = *detected;
    spec.awareAt = *aware;

    // Every incident is guided: without --playbook it follows the generic one.
    const PlaybookSet books = playbooks::load({playbooks::userDir()});
    spec.playbookId =
        p.isSet(QStringLiteral("playbook")) ? p.value(QStringLiteral("playbook")) : playbooks::defaultId();
    const Playbook *book = books.find(spec.playbookId);
    if (!book) {
        QStringList ids;
        for (const Playbook &b : books.playbooks)
            ids << b.id;
        return ctx.usage(
            QStringLiteral("no playbook \"%1\" (available: %2)").arg(spec.playbookId, ids.join(QStringLiteral(", "))));
    }
    CaseStore *store = ctx.store();
    if (!store)
        return Failed;
    auto created = store->createIncident(spec, book->steps, p.value(QStringLiteral("reason")));
    if (!created)
        return ctx.fail(created.error());
    if (p.isSet(QStringLiteral("json")))
        printJson(ctx, cliRecord(recordjson::incident(*created)));
    else
        ctx.out() << created->id << Qt::endl;
    return Ok;
}

int incidentList(Context &ctx, const QCommandLineParser &p)
{
    CaseStore *store = ctx.store();
    if (!store)
        return Failed;
    auto list = store->incidents();
    if (!list)
        return ctx.fail(list.error());
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray arr;
        for (const Incident &i : *list)
            arr.append(cliRecord(recordjson::incident(i)));
        printJson(ctx, arr);
        return Ok;
    }
    if (list->isEmpty()) {
        ctx.out() << "No incidents in " << store->path() << ". Create one with: firebreak-cli incident new --title ..."
                  << Qt::endl;
        return Ok;
    }
    ctx.out() << QStringLiteral("%1  %2  %3  %4  %5")
                     .arg(QStringLiteral("ID"), -13)
                     .arg(QStringLiteral("SEVERITY"), -8)
                     .arg(QStringLiteral("STATUS"), -6)
                     .arg(QStringLiteral("PHASE"), -19)
                     .arg(QStringLiteral("TITLE"))
              << Qt::endl;
    for (const Incident &i : *list)
        ctx.out() << QStringLiteral("%1  %2  %3  %4  %5")
                         .arg(i.id, -13)
                         .arg(severityKey(i.severity), -8)
                         .arg(statusKey(i.status), -6)
                         .arg(phaseLabel(i.phase), -19)
                         .arg(i.title)
                  << Qt::endl;
    return Ok;
}

int incidentShow(Context &ctx, const QCommandLineParser &p)
{
    const QString id = p.positionalArguments().value(0);
    if (auto bad = checkIdShape(ctx, id))
        return *bad;
    CaseStore *store = ctx.store();
    if (!store)
        return Failed;
    auto inc = store->incident(id);
    if (!inc)
        return ctx.fail(inc.error());
    auto people = store->people(id);
    auto systems = store->systems(id);
    if (!people)
        return ctx.fail(people.error());
    if (!systems)
        return ctx.fail(systems.error());

    if (p.isSet(QStringLiteral("json"))) {
        QJsonObject o = cliRecord(recordjson::incident(*inc));
        QJsonArray pa, sa;
        for (const Person &x : *people)
            pa.append(QJsonObject{{QStringLiteral("id"), x.id},
                                  {QStringLiteral("name"), x.name},
                                  {QStringLiteral("role"), x.role},
                                  {QStringLiteral("contact"), x.contact}});
        for (const AffectedSystem &s : *systems)
            sa.append(QJsonObject{{QStringLiteral("id"), s.id},
                                  {QStringLiteral("hostname"), s.hostname},
                                  {QStringLiteral("ip_address"), s.ipAddress},
                                  {QStringLiteral("mac_address"), s.macAddress},
                                  {QStringLiteral("owner"), s.owner},
                                  {QStringLiteral("location"), s.location}});
        o.insert(QStringLiteral("people"), pa);
        o.insert(QStringLiteral("systems"), sa);
        printJson(ctx, o);
        return Ok;
    }
    QTextStream &out = ctx.out();
    out << inc->id << "  " << inc->title << Qt::endl;
    out << "  severity:    " << severityLabel(inc->severity) << Qt::endl;
    out << "  status:      " << statusKey(inc->status) << ", phase " << phaseLabel(inc->phase) << Qt::endl;
    out << "  commander:   " << (inc->commander.isEmpty() ? QStringLiteral("-") : inc->commander) << Qt::endl;
    out << "  created:     " << localText(inc->createdAt) << "  (" << toIsoUtc(inc->createdAt) << ")" << Qt::endl;
    out << "  detected:    " << localText(inc->detectedAt) << Qt::endl;
    out << "  aware:       " << localText(inc->awareAt) << Qt::endl;
    if (!inc->description.isEmpty())
        out << "  description: " << inc->description << Qt::endl;
    out << "  people (" << people->size() << "):" << Qt::endl;
    for (const Person &x : *people)
        out << "    - " << x.name << (x.role.isEmpty() ? QString() : QStringLiteral(", ") + x.role)
            << (x.contact.isEmpty() ? QString() : QStringLiteral(" <") + x.contact + QLatin1Char('>')) << Qt::endl;
    out << "  systems (" << systems->size() << "):" << Qt::endl;
    for (const AffectedSystem &s : *systems)
        out << "    - " << s.hostname << (s.ipAddress.isEmpty() ? QString() : QStringLiteral("  ") + s.ipAddress)
            << (s.owner.isEmpty() ? QString() : QStringLiteral("  owner ") + s.owner) << Qt::endl;
    return Ok;
}

int incidentUpdate(Context &ctx, const QCommandLineParser &p)
{
    const QString id = p.positionalArguments().value(0);
    if (auto bad = checkIdShape(ctx, id))
        return *bad;
    CaseStore *store = ctx.store();
    if (!store)
        return Failed;
    auto inc = store->incident(id);
    if (!inc)
        return ctx.fail(inc.error());
    int rc = Ok;
    auto aware = instantOption(ctx, p, QStringLiteral("aware-at"), rc);
    if (!aware)
        return rc;
    if (aware->isValid() && inc->awareAt.isValid() && *aware != inc->awareAt) {
        // Awareness starts the clocks: changing it is the one audited
        // amendment that re-bases every clock counting from it.
        if (p.value(QStringLiteral("reason")).trimmed().isEmpty())
            return ctx.usage(QStringLiteral("changing the awareness of %1 moves its notification clocks: say why with "
                                            "--reason (see also firebreak-cli clock amend %1 --awareness --dry-run)")
                                 .arg(id));
        ClockService *clocks = ctx.clocks();
        if (!clocks)
            return Failed;
        if (auto st = clocks->amendTrigger(id, QStringLiteral("awareness"), *aware, p.value(QStringLiteral("reason")));
            !st)
            return ctx.fail(st.error());
        ctx.out() << id << ": awareness amended to " << toIsoUtc(*aware) << "; its clocks follow" << Qt::endl;
        inc = store->incident(id);
        if (!inc)
            return ctx.fail(inc.error());
    }
    Incident edited = *inc;
    if (aware->isValid())
        edited.awareAt = *aware;
    if (p.isSet(QStringLiteral("title")))
        edited.title = p.value(QStringLiteral("title"));
    if (p.isSet(QStringLiteral("severity"))) {
        auto s = severityFromKey(p.value(QStringLiteral("severity")));
        if (!s)
            return ctx.usage(QStringLiteral("--severity '%1' is not one of low, medium, high, critical")
                                 .arg(p.value(QStringLiteral("severity"))));
        edited.severity = *s;
    }
    if (p.isSet(QStringLiteral("phase"))) {
        auto ph = phaseFromKey(p.value(QStringLiteral("phase")));
        if (!ph)
            return ctx.usage(QStringLiteral("--phase '%1' is not one of triage, isolate, collect, restore, rca, report")
                                 .arg(p.value(QStringLiteral("phase"))));
        edited.phase = *ph;
    }
    if (p.isSet(QStringLiteral("commander")))
        edited.commander = p.value(QStringLiteral("commander"));
    if (p.isSet(QStringLiteral("description")))
        edited.description = p.value(QStringLiteral("description"));
    auto detected = instantOption(ctx, p, QStringLiteral("detected-at"), rc);
    if (!detected)
        return rc;
    if (detected->isValid())
        edited.detectedAt = *detected;
    auto saved = store->updateIncident(edited, p.value(QStringLiteral("reason")));
    if (!saved)
        return ctx.fail(saved.error());
    ctx.out() << saved->id << " updated" << Qt::endl;
    return Ok;
}

int personAdd(Context &ctx, const QCommandLineParser &p)
{
    const QString id = p.positionalArguments().value(0);
    if (auto bad = checkIdShape(ctx, id))
        return *bad;
    if (p.value(QStringLiteral("name")).simplified().isEmpty())
        return ctx.usage(QStringLiteral("--name is required"));
    CaseStore *store = ctx.store();
    if (!store)
        return Failed;
    Person person;
    person.name = p.value(QStringLiteral("name"));
    person.role = p.value(QStringLiteral("role"));
    person.contact = p.value(QStringLiteral("contact"));
    auto added = store->addPerson(id, person);
    if (!added)
        return ctx.fail(added.error());
    ctx.out() << "added " << added->name << " to " << id << Qt::endl;
    return Ok;
}

int systemAdd(Context &ctx, const QCommandLineParser &p)
{
    const QString id = p.positionalArguments().value(0);
    if (auto bad = checkIdShape(ctx, id))
        return *bad;
    if (p.value(QStringLiteral("hostname")).trimmed().isEmpty())
        return ctx.usage(QStringLiteral("--hostname is required"));
    CaseStore *store = ctx.store();
    if (!store)
        return Failed;
    AffectedSystem s;
    s.hostname = p.value(QStringLiteral("hostname"));
    s.ipAddress = p.value(QStringLiteral("ip"));
    s.macAddress = p.value(QStringLiteral("mac"));
    s.owner = p.value(QStringLiteral("owner"));
    s.location = p.value(QStringLiteral("location"));
    auto added = store->addSystem(id, s);
    if (!added)
        return ctx.fail(added.error());
    ctx.out() << "added system " << added->hostname << " to " << id << Qt::endl;
    return Ok;
}

QCommandLineOption valueOption(const QString &name, const QString &help, const QString &valueName,
                               const QString &def = {})
{
    QCommandLineOption o(name, help, valueName);
    if (!def.isEmpty())
        o.setDefaultValue(def);
    return o;
}

// Closing is refused with the list of what blocks it; reopening needs a
// reason (ResponseService). Both take the id and one text.
int closeOrReopen(Context &ctx, const QCommandLineParser &p, bool close)
{
    const QString id = p.positionalArguments().value(0);
    if (auto bad = checkIdShape(ctx, id))
        return *bad;
    ResponseService *r = ctx.response();
    if (!r)
        return Failed;
    const Status st =
        close ? r->close(id, p.value(QStringLiteral("summary"))) : r->reopen(id, p.value(QStringLiteral("reason")));
    if (!st)
        return ctx.fail(st.error());
    ctx.out() << id << (close ? " closed" : " reopened") << Qt::endl;
    return Ok;
}

} // namespace

QList<Command> incidentCommands()
{
    const QCommandLineOption json = jsonOption("Print JSON instead of text.");
    QList<Command> list = {
        {{QStringLiteral("incident"), QStringLiteral("new")},
         QStringLiteral("--title T [--severity low|medium|high|critical] [--commander NAME] [--playbook ID]"),
         QStringLiteral("Open a new incident and print its id."),
         [json](QCommandLineParser &p) {
             p.addOption(
                 valueOption(QStringLiteral("title"), QStringLiteral("Short title (required)."), QStringLiteral("T")));
             p.addOption(valueOption(QStringLiteral("severity"), QStringLiteral("low, medium, high or critical."),
                                     QStringLiteral("S"), QStringLiteral("medium")));
             p.addOption(valueOption(QStringLiteral("commander"), QStringLiteral("Incident commander."),
                                     QStringLiteral("NAME")));
             p.addOption(valueOption(QStringLiteral("description"), QStringLiteral("What is known so far."),
                                     QStringLiteral("TEXT")));
             p.addOption(valueOption(QStringLiteral("detected-at"),
                                     QStringLiteral("When it was discovered (ISO-8601)."), QStringLiteral("TIME")));
             p.addOption(valueOption(QStringLiteral("aware-at"),
                                     QStringLiteral("When awareness was reached (ISO-8601 with Z or an offset)."),
                                     QStringLiteral("TIME")));
             p.addOption(valueOption(QStringLiteral("reason"),
                                     QStringLiteral("Why awareness precedes detection, when it does (audited)."),
                                     QStringLiteral("TEXT")));
             p.addOption(valueOption(QStringLiteral("playbook"),
                                     QStringLiteral("Playbook to follow (default: generic; see playbook list)."),
                                     QStringLiteral("ID")));
             p.addOption(json);
         },
         incidentNew},
        {{QStringLiteral("incident"), QStringLiteral("list")},
         QStringLiteral("[--json]"),
         QStringLiteral("List incidents, newest first."),
         [json](QCommandLineParser &p) { p.addOption(json); },
         incidentList},
        {{QStringLiteral("incident"), QStringLiteral("show")},
         QStringLiteral("ID [--json]"),
         QStringLiteral("Show one incident with its people and systems."),
         [json](QCommandLineParser &p) {
             p.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("Incident id, e.g. INC-2026-0001."));
             p.addOption(json);
         },
         incidentShow},
        {{QStringLiteral("incident"), QStringLiteral("update")},
         QStringLiteral(
             "ID [--title T] [--severity S] [--phase P] [--commander NAME] [--aware-at TIME] [--reason TEXT]"),
         QStringLiteral("Change an incident's fields (audited with old and new values)."),
         [](QCommandLineParser &p) {
             p.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("Incident id."));
             p.addOption(valueOption(QStringLiteral("title"), QStringLiteral("New title."), QStringLiteral("T")));
             p.addOption(valueOption(QStringLiteral("severity"), QStringLiteral("low, medium, high or critical."),
                                     QStringLiteral("S")));
             p.addOption(valueOption(QStringLiteral("phase"),
                                     QStringLiteral("triage, isolate, collect, restore, rca or report."),
                                     QStringLiteral("P")));
             p.addOption(valueOption(QStringLiteral("commander"), QStringLiteral("Incident commander."),
                                     QStringLiteral("NAME")));
             p.addOption(
                 valueOption(QStringLiteral("description"), QStringLiteral("Description."), QStringLiteral("TEXT")));
             p.addOption(valueOption(QStringLiteral("detected-at"), QStringLiteral("Discovery time (ISO-8601)."),
                                     QStringLiteral("TIME")));
             p.addOption(valueOption(QStringLiteral("aware-at"),
                                     QStringLiteral("Awareness (ISO-8601 with Z or an offset); once recorded, an "
                                                    "audited amendment that re-bases the clocks (needs --reason)."),
                                     QStringLiteral("TIME")));
             p.addOption(valueOption(QStringLiteral("reason"), QStringLiteral("Why (kept in the audit trail)."),
                                     QStringLiteral("TEXT")));
         },
         incidentUpdate},
        {{QStringLiteral("person"), QStringLiteral("add")},
         QStringLiteral("ID --name NAME [--role ROLE] [--contact C]"),
         QStringLiteral("Add a person working on the incident."),
         [](QCommandLineParser &p) {
             p.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("Incident id."));
             p.addOption(valueOption(QStringLiteral("name"), QStringLiteral("Full name."), QStringLiteral("NAME")));
             p.addOption(
                 valueOption(QStringLiteral("role"), QStringLiteral("Role on the incident."), QStringLiteral("ROLE")));
             p.addOption(
                 valueOption(QStringLiteral("contact"), QStringLiteral("Phone or e-mail."), QStringLiteral("C")));
         },
         personAdd},
        {{QStringLiteral("system"), QStringLiteral("add")},
         QStringLiteral("ID --hostname H [--ip IP] [--mac MAC] [--owner O] [--location L]"),
         QStringLiteral("Record an affected system."),
         [](QCommandLineParser &p) {
             p.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("Incident id."));
             p.addOption(valueOption(QStringLiteral("hostname"), QStringLiteral("Host name."), QStringLiteral("H")));
             p.addOption(valueOption(QStringLiteral("ip"), QStringLiteral("IP address(es)."), QStringLiteral("IP")));
             p.addOption(valueOption(QStringLiteral("mac"), QStringLiteral("MAC address(es)."), QStringLiteral("MAC")));
             p.addOption(valueOption(QStringLiteral("owner"), QStringLiteral("Owner or team."), QStringLiteral("O")));
             p.addOption(valueOption(QStringLiteral("location"), QStringLiteral("Where it is."), QStringLiteral("L")));
         },
         systemAdd},
        {{QStringLiteral("incident"), QStringLiteral("close")},
         QStringLiteral("ID [--summary TEXT]"),
         QStringLiteral("Close an incident; refused with the list of what blocks it."),
         [](QCommandLineParser &p) {
             p.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("Incident id."));
             p.addOption(opt("summary", "Closing summary (audited).", "TEXT"));
         },
         [](Context &ctx, const QCommandLineParser &p) { return closeOrReopen(ctx, p, true); }},
        {{QStringLiteral("incident"), QStringLiteral("reopen")},
         QStringLiteral("ID --reason TEXT"),
         QStringLiteral("Reopen a closed incident (audited, reason required)."),
         [](QCommandLineParser &p) {
             p.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("Incident id."));
             p.addOption(opt("reason", "Why (required).", "TEXT"));
         },
         [](Context &ctx, const QCommandLineParser &p) { return closeOrReopen(ctx, p, false); }},
    };
    // "incident edit" is what people type (and what the manual says); same command.
    for (qsizetype i = 0; i < list.size(); ++i)
        if (list.at(i).path == QStringList{QStringLiteral("incident"), QStringLiteral("update")}) {
            Command edit = list.at(i);
            edit.path = {QStringLiteral("incident"), QStringLiteral("edit")};
            edit.summary = QStringLiteral("Same as incident update.");
            list.insert(i + 1, edit);
            break;
        }
    return list;
}

} // namespace firebreak::cli
