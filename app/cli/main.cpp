// firebreak-cli: the workbench without a display. An adapter over
// app/services and app/documents; never QtWidgets (CMake enforces it).

#include "CommandLine.h"
#include "model/CaseStore.h"
#include "model/StoreLocation.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QGuiApplication>

#include <cstdio>

using namespace firebreak;
using namespace firebreak::cli;

int main(int argc, char *argv[])
{
    // The commands are plain data: read before the application exists, so
    // the command itself says whether it needs a QGuiApplication.
    const QList<Command> commands = allCommands();
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    const Command *named = findCommand(args, commands);

    std::unique_ptr<QCoreApplication> appHolder;
    if (named && named->rendersDocuments) {
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
    QCommandLineParser parser;
    const CommandLine line =
        parseCommandLine(QCoreApplication::arguments().mid(1), commands, parser, defaultStorePath(), defaultActor());
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
    if (rc == Ok)
        ctx.maintainCheckpoints(line.command->exports);
    out.flush();
    err.flush();
    return rc;
}
