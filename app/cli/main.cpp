// firebreak-cli: the workbench without a display. Links model and
// forensics only (never QtWidgets; CMake enforces it).

#include "CommandLine.h"
#include "model/CaseStore.h"
#include "model/storage/Database.h"
#include "model/storage/StoreLocation.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QGuiApplication>

#include <cstdio>

using namespace firebreak;
using namespace firebreak::cli;

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

    QCommandLineParser parser;
    const CommandLine line = parseCommandLine(QCoreApplication::arguments().mid(1), commands, parser,
                                              Database::defaultPath(), defaultActor());
    if (line.action != CommandLine::Action::Run) {
        (line.action == CommandLine::Action::PrintOut ? out : err) << line.text;
        out.flush();
        err.flush();
        return line.exitCode;
    }

    // A team store's URL is used as given; a file path is made absolute so
    // messages name the file unambiguously.
    Context ctx(isPostgresUrl(line.db) ? line.db.trimmed() : QFileInfo(line.db).absoluteFilePath(), line.actor, out,
                err);
    const int rc = line.command->run(ctx, parser);
    if (rc == Ok) {
        const QStringList &path = line.command->path;
        const bool exported = path.first() == QLatin1String("report") || path.value(1) == QLatin1String("export");
        ctx.maintainCheckpoints(exported);
    }
    out.flush();
    err.flush();
    return rc;
}
