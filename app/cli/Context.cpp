#include "Command.h"

#include <QTimeZone>

namespace firebreak::cli {

Context::Context(QString dbPath, QString actor, QTextStream &out, QTextStream &err)
    : m_dbPath(std::move(dbPath)), m_actor(std::move(actor)), m_out(out), m_err(err)
{
}

Context::~Context() = default;

CaseStore *Context::store()
{
    if (!m_store) {
        auto opened = CaseStore::openSqlite(m_dbPath, m_clock, m_actor);
        if (!opened) {
            fail(opened.error());
            return nullptr;
        }
        m_store = std::move(opened).value();
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

std::optional<QDateTime> parseInstant(const QString &text)
{
    QDateTime t = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text.trimmed(), Qt::ISODate);
    if (!t.isValid())
        return std::nullopt;
    return t.toUTC();
}

} // namespace firebreak::cli
