#pragma once

#include "model/CaseStore.h"
#include "model/clocks/ClockService.h"
#include "model/response/ResponseService.h"

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>

namespace firebreak::cli {

enum ExitCode { Ok = 0, Failed = 1, Usage = 2 };

// What a command gets: its parsed options, the output streams and the
// case store, opened on first use so `--help` never touches a database.
class Context {
public:
    Context(QString dbPath, QString actor, QTextStream &out, QTextStream &err);
    ~Context();

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    QString dbPath() const { return m_dbPath; }
    QString actor() const { return m_actor; }
    const Clock &clock() const { return m_clock; }

    // Null after printing the reason when the store cannot be opened.
    CaseStore *store();
    // Services over the store (rule files that fail to load are warned about).
    ClockService *clocks();
    ResponseService *response();

    // After a command succeeded: signs the audit head when a checkpoint is
    // due (at least hourly while the store is used) or the command exported
    // something (always). Needs the installation's key to exist; a key that
    // cannot be unlocked here gets a warning, never a failed command.
    void maintainCheckpoints(bool exported);

    // Prints "firebreak-cli: error: ..." and returns the exit code that
    // fits the error's kind.
    int fail(const Error &error);
    int usage(const QString &message);

private:
    QString m_dbPath;
    QString m_actor;
    QTextStream &m_out;
    QTextStream &m_err;
    SystemClock m_clock;
    std::unique_ptr<CaseStore> m_store;
    qint64 m_seqAtOpen = -1;
    std::unique_ptr<ClockService> m_clocks;
    std::unique_ptr<ResponseService> m_response;
};

struct Command {
    QStringList path;                                  // e.g. {"incident", "new"}
    QString synopsis;                                  // arguments after the path, e.g. "--title T [--severity S]"
    QString summary;                                   // one line for the command list
    std::function<void(QCommandLineParser &)> declare; // adds options/positionals
    std::function<int(Context &, const QCommandLineParser &)> run; // returns an ExitCode
    // Lays out documents (fonts, QPdfWriter): main() makes a QGuiApplication
    // on the offscreen platform; every other command stays QCoreApplication.
    bool rendersDocuments = false;
    // Hands data out of the store: a signed audit checkpoint follows it.
    bool exports = false;
};

inline Command rendersDocuments(Command c)
{
    c.rendersDocuments = true;
    return c;
}
inline Command exports(Command c)
{
    c.exports = true;
    return c;
}

// Each area contributes its commands; main() dispatches over all of them.
QList<Command> incidentCommands();
QList<Command> auditCommands();
QList<Command> imagingCommands();
QList<Command> clockCommands();
QList<Command> breachCommands();
QList<Command> stepCommands();
QList<Command> recordCommands();
QList<Command> reportCommands();
QList<Command> evidenceCommands();
QList<Command> archiveCommands();
QList<Command> storeCommands();

// Opens a case store the way --db names one. A team store whose password
// is in no ~/.pgpass or PGPASSFILE is asked for on the terminal, like psql
// (up to three tries); the password lives in this process's memory only.
// Without a terminal the error says where libpq looks for it.
Result<std::unique_ptr<CaseStore>> openStoreAsking(const QString &spec, const Clock &clock, const QString &actor);

QList<Command> storeRoleCommands();

// Parses an ISO-8601 instant given on the command line as --`option`. It
// must carry Z or an offset: a bare wall time is ambiguous (the machine's
// zone, DST nights), so it is refused with an example, and the message
// says when the wall time does not exist or happens twice in this zone.
Result<QDateTime> parseInstant(const QString &text, const QString &option = {});

} // namespace firebreak::cli
