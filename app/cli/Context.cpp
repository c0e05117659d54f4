#include "Command.h"
#include "Passphrase.h"

#include "forensics/crypto/AuditCheckpoints.h"

#include <QFileInfo>
#include <QTimeZone>

namespace firebreak::cli {

Context::Context(QString dbPath, QString actor, QTextStream &out, QTextStream &err)
    : m_dbPath(std::move(dbPath)), m_actor(std::move(actor)), m_out(out), m_err(err)
{
}

Context::~Context() = default;

Result<std::unique_ptr<CaseStore>> openStoreAsking(const QString &spec, const Clock &clock, const QString &actor)
{
    auto opened = CaseStore::open(spec, clock, actor);
    for (int attempt = 0; attempt < 3 && !opened && opened.error().kind == Error::Kind::Credentials && canPrompt();
         ++attempt) {
        const QByteArray password = promptWithoutEcho(QStringLiteral("Password for %1: ").arg(spec));
        if (password.isEmpty())
            break;
        opened = CaseStore::open(spec, clock, actor, QString::fromUtf8(password));
    }
    if (!opened && opened.error().kind == Error::Kind::Credentials && !canPrompt()) {
        Error e = opened.error();
        e.message += QStringLiteral(" (put it in ~/.pgpass as host:port:database:user:password with mode 0600, "
                                    "or run from a terminal to be asked)");
        return e;
    }
    return opened;
}

CaseStore *Context::store()
{
    if (!m_store) {
        auto opened = openStoreAsking(m_dbPath, m_clock, m_actor);
        if (!opened) {
            fail(opened.error());
            return nullptr;
        }
        m_store = std::move(opened).value();
        auto seq = m_store->auditLastSeq();
        m_seqAtOpen = seq ? *seq : -1;
    }
    return m_store.get();
}

ClockService *Context::clocks()
{
    if (!m_clocks) {
        CaseStore *s = store();
        if (!s)
            return nullptr;
        ClockRuleSet rules = ruleloader::load({ruleloader::userRuleDir()});
        for (const QString &p : rules.problems)
            m_err << "firebreak-cli: warning: clock rules: " << p << Qt::endl;
        m_clocks = std::make_unique<ClockService>(*s, std::move(rules));
    }
    return m_clocks.get();
}

ResponseService *Context::response()
{
    if (!m_response) {
        ClockService *c = clocks();
        if (!c)
            return nullptr;
        m_response = std::make_unique<ResponseService>(*store(), c);
    }
    return m_response.get();
}

void Context::maintainCheckpoints(bool exported)
{
    if (!m_store)
        return; // the command never opened the store
    auto seq = m_store->auditLastSeq();
    if (!seq || (*seq == m_seqAtOpen && !exported))
        return;
    const QString keyPath = checkpoints::defaultKeyPath();
    if (!QFileInfo::exists(keyPath))
        return; // not set up yet: `audit verify` and `audit key show` say how
    if (!exported) {
        auto due = checkpoints::isDue(*m_store);
        if (!due || !*due)
            return;
    }
    auto warn = [&](const QString &why) {
        m_err << "firebreak-cli: warning: a signed audit checkpoint is due but was not made: " << why << Qt::endl;
    };
    const char *env = "FIREBREAK_AUDIT_KEY_PASSPHRASE";
    if (!qEnvironmentVariableIsSet(env) && !canPrompt())
        return warn(QStringLiteral("the signing key %1 is locked (set %2, or run 'firebreak-cli audit checkpoint')")
                        .arg(keyPath, QLatin1String(env)));
    auto pass = readPassphrase({QString(), env}, QStringLiteral("audit signing key %1").arg(keyPath), false);
    if (!pass)
        return warn(pass.error().message);
    auto key = checkpoints::loadKey(keyPath, *pass);
    if (!key)
        return warn(key.error().message);
    auto made = checkpoints::ensureFresh(*m_store, *key,
                                         exported ? checkpoints::Trigger::Export : checkpoints::Trigger::Activity);
    if (!made)
        return warn(made.error().message);
    if (*made)
        m_err << "firebreak-cli: signed audit checkpoint " << (*made)->number << " (" << (*made)->entries << " entries)"
              << Qt::endl;
}

int Context::fail(const Error &error)
{
    m_err << "firebreak-cli: error: " << error.message << Qt::endl;
    return error.kind == Error::Kind::Usage ? Usage : Failed;
}

int Context::usage(const QString &message)
{
    m_err << "firebreak-cli: usage error: " << message << Qt::endl;
    return Usage;
}

} // namespace firebreak::cli
