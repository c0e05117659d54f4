// firebreak-cli's argument parsing, without a store and without running
// anything. The input is argv after the program name, NUL-separated.
#include "FuzzSupport.h"
#include "app/cli/CommandLine.h"

FIREBREAK_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace firebreak;
    using namespace firebreak::cli;
    static const QList<Command> commands = allCommands();

    QStringList args;
    for (const QByteArray &a :
         QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size)).split('\0'))
        args << QString::fromUtf8(a);
    if (args.size() > 64)
        return 0; // a shell would not pass more; keeps each run short

    QCommandLineParser parser;
    const CommandLine line =
        parseCommandLine(args, commands, parser, QStringLiteral("/nonexistent/fuzz.db"), QStringLiteral("fuzz"));
    switch (line.action) {
    case CommandLine::Action::Run:
        fuzz::require(line.command != nullptr && line.exitCode == Ok, "a run names its command");
        fuzz::require(!line.actor.trimmed().isEmpty(), "a run has an actor");
        // What the command's run() would read next.
        (void)parser.positionalArguments();
        for (const QString &name : parser.optionNames())
            (void)parser.values(name);
        break;
    case CommandLine::Action::PrintOut:
        fuzz::require(line.exitCode == Ok && !line.text.isEmpty(), "help and version succeed");
        break;
    case CommandLine::Action::PrintErr:
        fuzz::require(line.exitCode == Usage && !line.text.isEmpty(), "a usage error says why");
        break;
    }
    return 0;
}
