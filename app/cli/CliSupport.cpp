#include "CliSupport.h"

#include "model/RecordJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <csignal>

namespace firebreak::cli {

QCommandLineOption opt(const char *name, const char *help, const char *value)
{
    return value ? QCommandLineOption(QLatin1String(name), QLatin1String(help), QLatin1String(value))
                 : QCommandLineOption(QLatin1String(name), QLatin1String(help));
}

QJsonObject cliRecord(QJsonObject record)
{
    recordjson::addLegacyCliNames(record);
    return record;
}

QCommandLineOption jsonOption(const char *help)
{
    return opt("json", help);
}

void printJson(Context &ctx, const QJsonValue &v)
{
    const QJsonDocument doc = v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject());
    ctx.out() << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    ctx.out().flush();
}

namespace {
// Only an atomic store happens in the handler (CancelToken::requestStop).
CancelToken *g_stopToken = nullptr;
extern "C" void onStopSignal(int)
{
    if (g_stopToken)
        g_stopToken->requestStop();
}
} // namespace

StopGuard::StopGuard(CancelToken *token)
{
    g_stopToken = token;
    struct sigaction sa {};
    sa.sa_handler = onStopSignal;
    sa.sa_flags = SA_RESETHAND;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, nullptr);
    sigaction(SIGTERM, &sa, nullptr);
}

StopGuard::~StopGuard()
{
    struct sigaction sa {};
    sa.sa_handler = SIG_DFL;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, nullptr);
    sigaction(SIGTERM, &sa, nullptr);
    g_stopToken = nullptr;
}

} // namespace firebreak::cli
