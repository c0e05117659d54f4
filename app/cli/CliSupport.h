#pragma once

// The plumbing every command family shares, written once (issue #22):
// option declaration, --json, JSON printing, incident-id checks and the
// Ctrl-C guard that turns SIGINT/SIGTERM into a clean cancel.

#include "Command.h"
#include "forensics/common/CancelToken.h"
#include "model/Incident.h" // incidentIdProblem()

#include <QCommandLineOption>
#include <QJsonObject>
#include <QJsonValue>

namespace firebreak::cli {

// A flag (no value) or, with `value`, an option taking one.
QCommandLineOption opt(const char *name, const char *help, const char *value = nullptr);
// The --json switch, with what it prints ("Print JSON instead of text." by default).
QCommandLineOption jsonOption(const char *help = "Print JSON instead of text.");
inline bool wantsJson(const QCommandLineParser &p)
{
    return p.isSet(QStringLiteral("json"));
}
// Indented JSON on stdout.
void printJson(Context &ctx, const QJsonValue &v);
// A record from model/RecordJson as the CLI prints it: the shared shape,
// plus the names earlier releases printed (kept for one release).
QJsonObject cliRecord(QJsonObject record);

// While alive, SIGINT/SIGTERM request a stop on `token` (the job ends
// cleanly: partial files marked or removed, nothing half-recorded); a
// second Ctrl-C kills at once (SA_RESETHAND). The handlers are
// restored to the default when it goes. One guard at a time.
class StopGuard {
public:
    explicit StopGuard(CancelToken *token);
    ~StopGuard();
    StopGuard(const StopGuard &) = delete;
    StopGuard &operator=(const StopGuard &) = delete;
};

} // namespace firebreak::cli
