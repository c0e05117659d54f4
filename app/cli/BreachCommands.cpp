#include "CliSupport.h"

#include "model/clocks/ClockService.h"

#include <QJsonDocument>

namespace firebreak::cli {

namespace {

struct Field {
    const char *option;
    const char *help;
    QString BreachDetails::*member;
};

const QList<Field> &fields()
{
    static const QList<Field> f{
        {"nature", "(a) Nature of the breach.", &BreachDetails::nature},
        {"subject-categories", "(a) Categories of data subjects.", &BreachDetails::subjectCategories},
        {"subject-count", "(a) Approximate number of data subjects.", &BreachDetails::subjectCount},
        {"record-categories", "(a) Categories of personal data records.", &BreachDetails::recordCategories},
        {"record-count", "(a) Approximate number of records.", &BreachDetails::recordCount},
        {"contact-point", "(b) DPO or other contact point.", &BreachDetails::contactPoint},
        {"consequences", "(c) Likely consequences.", &BreachDetails::consequences},
        {"measures", "(d) Measures taken or proposed.", &BreachDetails::measures},
    };
    return f;
}

int breachSet(Context &ctx, const QCommandLineParser &p)
{
    const QString id = p.positionalArguments().value(0);
    if (!isIncidentId(id))
        return ctx.usage(QStringLiteral("an incident id is required, got '%1'").arg(id));
    CaseStore *store = ctx.store();
    if (!store)
        return Failed;
    ClockService svc(*store, ruleloader::load());
    auto details = svc.breachDetails(id);
    if (!details)
        return ctx.fail(details.error());
    bool any = false;
    for (const Field &f : fields())
        if (p.isSet(QLatin1String(f.option))) {
            (*details).*(f.member) = p.value(QLatin1String(f.option)).trimmed();
            any = true;
        }
    if (!any)
        return ctx.usage(QStringLiteral("give at least one field to set (see breach set --help)"));
    if (auto st = svc.saveBreachDetails(*details); !st)
        return ctx.fail(st.error());
    ctx.out() << id << ": breach details saved" << Qt::endl;
    return Ok;
}

int breachShow(Context &ctx, const QCommandLineParser &p)
{
    const QString id = p.positionalArguments().value(0);
    if (!isIncidentId(id))
        return ctx.usage(QStringLiteral("an incident id is required, got '%1'").arg(id));
    CaseStore *store = ctx.store();
    if (!store)
        return Failed;
    ClockService svc(*store, ruleloader::load());
    auto details = svc.breachDetails(id);
    if (!details)
        return ctx.fail(details.error());
    QJsonObject o;
    for (const Field &f : fields())
        o.insert(QLatin1String(f.option), (*details).*(f.member));
    if (p.isSet(QStringLiteral("json"))) {
        ctx.out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        return Ok;
    }
    for (const Field &f : fields())
        ctx.out() << QStringLiteral("%1  %2")
                         .arg(QLatin1String(f.option), -19)
                         .arg(((*details).*(f.member)).isEmpty() ? QStringLiteral("-") : (*details).*(f.member))
                  << Qt::endl;
    return Ok;
}

} // namespace

QList<Command> breachCommands()
{
    return {
        {{QStringLiteral("breach"), QStringLiteral("set")},
         QStringLiteral("ID [--nature T] [--subject-count N] ..."),
         QStringLiteral("Record the facts a breach notice needs (GDPR Art. 33(3)); audited."),
         [](QCommandLineParser &p) {
             p.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("Incident id."));
             for (const Field &f : fields())
                 p.addOption(
                     QCommandLineOption(QLatin1String(f.option), QLatin1String(f.help), QStringLiteral("TEXT")));
         },
         breachSet},
        {{QStringLiteral("breach"), QStringLiteral("show")},
         QStringLiteral("ID [--json]"),
         QStringLiteral("Show the recorded breach facts."),
         [](QCommandLineParser &p) {
             p.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("Incident id."));
             p.addOption(jsonOption("Print JSON."));
         },
         breachShow},
    };
}

} // namespace firebreak::cli
