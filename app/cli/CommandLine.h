#pragma once

#include "Command.h"

#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QStringList>

namespace firebreak::cli {

// Every command of every area, in the order the global help lists them.
QList<Command> allCommands();
QString globalHelp(const QList<Command> &commands);

// What the command line asks for, decided without opening a store or
// running anything: main() prints `text` and exits, or runs `command`.
// Split from main() so tests and the fuzzer can drive the parsing alone.
struct CommandLine {
    enum class Action { Run, PrintOut, PrintErr };
    Action action = Action::PrintErr;
    int exitCode = Usage;             // for PrintOut / PrintErr
    QString text;                     // printed as is (ends with a newline)
    const Command *command = nullptr; // for Run: declared on the parser given
    QString db, actor;                // for Run
};

// The command the words of `args` (argv without the program name) name,
// global options skipped; null when none. main() asks it before any
// QCoreApplication exists, to pick the application class.
const Command *findCommand(QStringList args, const QList<Command> &commands);

// `args` is argv without the program name. `parser` receives the chosen
// command's options and has parsed its arguments when the action is Run.
CommandLine parseCommandLine(const QStringList &args, const QList<Command> &commands, QCommandLineParser &parser,
                             const QString &defaultDb, const QString &defaultActor);

} // namespace firebreak::cli
