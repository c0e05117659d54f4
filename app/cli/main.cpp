// firebreak-cli: the workbench without a display. Links model and
// forensics only (never QtWidgets; CMake enforces it).

#include "Command.h"
#include "model/storage/Database.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QGuiApplication>

#include <cstdio>

using namespace firebreak;
using namespace firebreak::cli;

namespace {

QList<Command> allCommands()
{
    QList<Command> all;
    all += incidentCommands();
    all += auditCommands();
    all += imagingCommands();
    all += clockCommands();
    all += breachCommands();
    all += stepCommands();
    all += recordCommands();
    all += reportCommands();
    all += evidenceCommands();
    all += archiveCommands();
    return all;
}

QString globalHelp(const QList<Command> &commands)
{
    QString h = QStringLiteral("Usage: firebreak-cli [--db PATH] [--actor NAME] COMMAND [options]\n\n"
                               "Firebreak security incident response workbench, command-line interface.\n\n"
                               "Global options:\n"
                               "  --db PATH      Case database (default: $FIREBREAK_DB, else %1)\n"
                               "  --actor NAME   Who the audit trail names (default: $FIREBREAK_ACTOR or your login)\n"
                               "  --version      Print the version and exit\n"
                               "  -h, --help     Show this help; COMMAND --help shows a command's options\n\n"
                               "Commands:\n")
                    .arg(Database::defaultPath());
    for (const Command &c : commands)
        h += QStringLiteral("  %1  %2\n").arg(c.path.join(QLatin1Char(' ')), -18).arg(c.summary);
    h += QStringLiteral("\nExit codes: 0 ok, 1 operation failed, 2 usage error.\n");
    return h;
}

// Splits off leading global options. Returns false on a usage error.
bool takeGlobal(QStringList &args, QString &db, QString &actor, bool &help, bool &version, QString &error)
{
    while (!args.isEmpty() && args.first().startsWith(QLatin1Char('-'))) {
        const QString a = args.takeFirst();
        auto value = [&](const QString &name, QString &target) {
            if (a.startsWith(name + QLatin1Char('='))) {
                target = a.mid(name.size() + 1);
                return true;
            }
            if (args.isEmpty()) {
                error = QStringLiteral("%1 needs a value").arg(name);
                return false;
            }
            target = args.takeFirst();
            return true;
        };
        if (a == QLatin1String("--db") || a.startsWith(QLatin1String("--db="))) {
            if (!value(QStringLiteral("--db"), db))
                return false;
        } else if (a == QLatin1String("--actor") || a.startsWith(QLatin1String("--actor="))) {
            if (!value(QStringLiteral("--actor"), actor))
                return false;
        } else if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            help = true;
        } else if (a == QLatin1String("--version") || a == QLatin1String("-v")) {
            version = true;
        } else {
            error = QStringLiteral("unknown global option %1").arg(a);
            return false;
        }
    }
    return true;
}

} // namespace

// Commands that lay out documents (fonts, QPdfWriter) need a
// QGuiApplication; everything else stays a plain QCoreApplication. The
// first bare word of the command line names the command family.
bool needsGui(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--db" || a == "--actor") {
            ++i; // skip the option's value
            continue;
        }
        if (a.startsWith('-'))
            continue;
        return a == "report" || a == "archive"; // archive export lays out the custody form and report
    }
    return false;
}

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> appHolder;
    if (needsGui(argc, argv)) {
        // No display is needed to write a PDF: default to the offscreen platform.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        appHolder = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        appHolder = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("Firebreak"));
    QCoreApplication::setApplicationName(QStringLiteral("firebreak"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FIREBREAK_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    const QList<Command> commands = allCommands();

    QStringList args = QCoreApplication::arguments().mid(1);
    QString db = Database::defaultPath();
    QString actor = defaultActor();
    bool help = false, version = false;
    QString error;
    if (!takeGlobal(args, db, actor, help, version, error)) {
        err << "firebreak-cli: usage error: " << error << "\n(see firebreak-cli --help)" << Qt::endl;
        return Usage;
    }
    if (version) {
        out << "firebreak-cli " << FIREBREAK_VERSION << Qt::endl;
        return Ok;
    }
    if (args.isEmpty()) {
        (help ? out : err) << globalHelp(commands);
        return help ? Ok : Usage;
    }

    // Longest command path that matches the leading words.
    const Command *chosen = nullptr;
    for (const Command &c : commands) {
        if (args.size() >= c.path.size() && args.mid(0, c.path.size()) == c.path &&
            (!chosen || c.path.size() > chosen->path.size()))
            chosen = &c;
    }
    if (!chosen) {
        const QString word = args.first();
        QStringList subs;
        for (const Command &c : commands)
            if (c.path.first() == word)
                subs << c.path.join(QLatin1Char(' '));
        err << "firebreak-cli: usage error: "
            << (subs.isEmpty()
                    ? QStringLiteral("unknown command '%1'").arg(word)
                    : QStringLiteral("'%1' needs a subcommand: %2").arg(word, subs.join(QStringLiteral(", "))))
            << "\n(see firebreak-cli --help)" << Qt::endl;
        return Usage;
    }

    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption helpOpt({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    const QCommandLineOption dbOpt(QStringLiteral("db"), QStringLiteral("Case database."), QStringLiteral("PATH"));
    const QCommandLineOption actorOpt(QStringLiteral("actor"), QStringLiteral("Who the audit trail names."),
                                      QStringLiteral("NAME"));
    parser.addOption(helpOpt);
    parser.addOption(dbOpt);
    parser.addOption(actorOpt);
    parser.setApplicationDescription(chosen->summary);
    chosen->declare(parser);

    const QString name = chosen->path.join(QLatin1Char(' '));
    QStringList rest = args.mid(chosen->path.size());
    rest.prepend(QStringLiteral("firebreak-cli"));
    auto commandHelp = [&] {
        QString text = parser.helpText();
        text = text.mid(text.indexOf(QLatin1Char('\n')) + 1); // drop Qt's generic usage line
        return QStringLiteral("Usage: firebreak-cli %1 %2\n").arg(name, chosen->synopsis) + text;
    };
    if (!parser.parse(rest)) {
        err << "firebreak-cli " << name << ": usage error: " << parser.errorText() << "\n(see firebreak-cli " << name
            << " --help)" << Qt::endl;
        return Usage;
    }
    if (help || parser.isSet(helpOpt)) {
        out << commandHelp();
        return Ok;
    }
    if (parser.isSet(dbOpt))
        db = parser.value(dbOpt);
    if (parser.isSet(actorOpt))
        actor = parser.value(actorOpt);
    if (actor.trimmed().isEmpty()) {
        err << "firebreak-cli: usage error: --actor must not be empty" << Qt::endl;
        return Usage;
    }

    Context ctx(QFileInfo(db).absoluteFilePath(), actor, out, err);
    const int rc = chosen->run(ctx, parser);
    if (rc == Ok) {
        const bool exported =
            chosen->path.first() == QLatin1String("report") || chosen->path.value(1) == QLatin1String("export");
        ctx.maintainCheckpoints(exported);
    }
    out.flush();
    err.flush();
    return rc;
}
