#pragma once

// firebreak-cli as a child process, run the way an examiner or a script
// runs it. The one place that knows how: every test goes through runCli()
// (or cliPath() where it must drive a QProcess itself: stop it midway,
// read it while it runs). FIREBREAK_CLI_PATH comes from firebreak_add_test
// (cmake/FirebreakTest.cmake).

#include "support/TestSupport.h"

namespace firebreak::test {

inline QString cliPath()
{
    return QStringLiteral(FIREBREAK_CLI_PATH);
}

// Named with designated initializers: runCli(args, {.db = m_db, .env = {...}}).
// (The `= {}` keep GCC's -Wmissing-field-initializers quiet about the
// fields a call leaves out.)
struct CliOptions {
    QString db = {};       // "--db DB" before the arguments, unless empty
    QString actor = {};    // then "--actor NAME", unless empty
    QStringList env = {};  // "NAME=value" added to (or replacing in) the environment
    QString workDir = {};  // the child's working directory, unless empty
    QByteArray input = {}; // its standard input, closed after it: never a prompt
};

inline ProcessResult runCli(const QStringList &args, const CliOptions &o = {})
{
    QStringList full;
    if (!o.db.isEmpty())
        full << QStringLiteral("--db") << o.db;
    if (!o.actor.isEmpty())
        full << QStringLiteral("--actor") << o.actor;
    return runProcess(cliPath(), full + args, o.input, o.env, o.workDir);
}

} // namespace firebreak::test
