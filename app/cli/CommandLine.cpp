#include "CommandLine.h"

#include "model/StoreLocation.h"

namespace firebreak::cli {

namespace {

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

CommandLine print(CommandLine::Action action, int exitCode, QString text)
{
    CommandLine c;
    c.action = action;
    c.exitCode = exitCode;
    c.text = std::move(text);
    return c;
}

CommandLine usageError(const QString &text)
{
    return print(CommandLine::Action::PrintErr, Usage, text + QLatin1Char('\n'));
}

} // namespace

namespace {
// Longest command path that matches the leading words.
const Command *longestMatch(const QStringList &args, const QList<Command> &commands)
{
    const Command *chosen = nullptr;
    for (const Command &c : commands) {
        if (args.size() >= c.path.size() && args.mid(0, c.path.size()) == c.path &&
            (!chosen || c.path.size() > chosen->path.size()))
            chosen = &c;
    }
    return chosen;
}
} // namespace

const Command *findCommand(QStringList args, const QList<Command> &commands)
{
    QString db, actor, error;
    bool help = false, version = false;
    if (!takeGlobal(args, db, actor, help, version, error))
        return nullptr;
    return longestMatch(args, commands);
}

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
    all += storeCommands();

    all += storeRoleCommands();
    return all;
}

QString globalHelp(const QList<Command> &commands)
{
    QString h = QStringLiteral("Usage: firebreak-cli [--db STORE] [--actor NAME] COMMAND [options]\n\n"
                               "Firebreak security incident response workbench, command-line interface.\n\n"
                               "Global options:\n"
                               "  --db STORE     Case store: an SQLite file, or a team store at\n"
                               "                 postgresql://user@host:port/dbname[?sslmode=verify-full]\n"
                               "                 (password from ~/.pgpass or a prompt, never in the URL)\n"
                               "                 (default: $FIREBREAK_DB, else %1)\n"
                               "  --actor NAME   Who the audit trail names (default: $FIREBREAK_ACTOR or your login)\n"
                               "  --version      Print the version and exit\n"
                               "  -h, --help     Show this help; COMMAND --help shows a command's options\n\n"
                               "Commands:\n")
                    .arg(defaultStorePath());
    for (const Command &c : commands)
        h += QStringLiteral("  %1  %2\n").arg(c.path.join(QLatin1Char(' ')), -18).arg(c.summary);
    h += QStringLiteral("\nExit codes: 0 ok, 1 operation failed, 2 usage error.\n");
    return h;
}

CommandLine parseCommandLine(const QStringList &argsIn, const QList<Command> &commands, QCommandLineParser &parser,
                             const QString &defaultDb, const QString &defaultActor)
{
    QStringList args = argsIn;
    QString db = defaultDb;
    QString actor = defaultActor;
    bool help = false, version = false;
    QString error;
    if (!takeGlobal(args, db, actor, help, version, error))
        return usageError(QStringLiteral("firebreak-cli: usage error: %1\n(see firebreak-cli --help)").arg(error));
    if (version)
        return print(CommandLine::Action::PrintOut, Ok,
                     QStringLiteral("firebreak-cli ") + QStringLiteral(FIREBREAK_VERSION) + QLatin1Char('\n'));
    if (args.isEmpty())
        return print(help ? CommandLine::Action::PrintOut : CommandLine::Action::PrintErr, help ? Ok : Usage,
                     globalHelp(commands));

    const Command *chosen = longestMatch(args, commands);
    if (!chosen) {
        const QString word = args.first();
        QStringList subs;
        QString familyHelp;
        for (const Command &c : commands) {
            if (c.path.first() != word)
                continue;
            subs << c.path.join(QLatin1Char(' '));
            familyHelp += QStringLiteral("  %1  %2\n").arg(subs.last(), -18).arg(c.summary);
        }
        // "report --help": a family asked for its help lists its commands.
        const bool helpAsked = help || args.contains(QLatin1String("--help")) || args.contains(QLatin1String("-h"));
        if (helpAsked && !subs.isEmpty())
            return print(CommandLine::Action::PrintOut, Ok,
                         QStringLiteral("Usage: firebreak-cli %1 SUBCOMMAND [options]\n\nCommands:\n%2\n"
                                        "firebreak-cli %1 SUBCOMMAND --help shows a command's options.\n")
                             .arg(word, familyHelp));
        return usageError(
            QStringLiteral("firebreak-cli: usage error: %1\n(see firebreak-cli --help)")
                .arg(subs.isEmpty()
                         ? QStringLiteral("unknown command '%1'").arg(word)
                         : QStringLiteral("'%1' needs a subcommand: %2").arg(word, subs.join(QStringLiteral(", ")))));
    }

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
    if (!parser.parse(rest))
        return usageError(QStringLiteral("firebreak-cli %1: usage error: %2\n(see firebreak-cli %1 --help)")
                              .arg(name, parser.errorText()));
    if (help || parser.isSet(helpOpt)) {
        QString text = parser.helpText();
        text = text.mid(text.indexOf(QLatin1Char('\n')) + 1); // drop Qt's generic usage line
        return print(CommandLine::Action::PrintOut, Ok,
                     QStringLiteral("Usage: firebreak-cli %1 %2\n").arg(name, chosen->synopsis) + text);
    }
    if (parser.isSet(dbOpt))
        db = parser.value(dbOpt);
    if (parser.isSet(actorOpt))
        actor = parser.value(actorOpt);
    if (actor.trimmed().isEmpty())
        return usageError(QStringLiteral("firebreak-cli: usage error: --actor must not be empty"));

    CommandLine run;
    run.action = CommandLine::Action::Run;
    run.exitCode = Ok;
    run.command = chosen;
    run.db = db;
    run.actor = actor;
    return run;
}

} // namespace firebreak::cli
