#include "StoreLocation.h"

#include "storage/Database.h"

#include <QUrl>
#include <QUrlQuery>

namespace firebreak {

namespace {

// The libpq connection keywords a URL may carry. Anything else is refused
// by name rather than silently ignored (a misspelt sslmode must not turn
// into an unencrypted session).
const QStringList kAllowedOptions = {
    QStringLiteral("sslmode"),         QStringLiteral("sslrootcert"),
    QStringLiteral("sslcert"),         QStringLiteral("sslkey"),
    QStringLiteral("sslcrl"),          QStringLiteral("sslpassword"),
    QStringLiteral("connect_timeout"), QStringLiteral("application_name"),
    QStringLiteral("passfile"),        QStringLiteral("target_session_attrs"),
    QStringLiteral("gssencmode"),      QStringLiteral("channel_binding"),
};

const QStringList kSslModes = {QStringLiteral("disable"), QStringLiteral("allow"),     QStringLiteral("prefer"),
                               QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")};

} // namespace

bool isPostgresUrl(const QString &spec)
{
    const QString s = spec.trimmed();
    return s.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           s.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

QString PostgresTarget::display() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    url.setHost(host.isEmpty() ? QStringLiteral("localhost") : host);
    url.setPort(port);
    url.setPath(QLatin1Char('/') + database);
    QUrlQuery query;
    for (const QString &o : options) {
        const QString key = o.section(QLatin1Char('='), 0, 0);
        if (key != QLatin1String("sslpassword")) // a secret, even if only a key's
            query.addQueryItem(key, o.section(QLatin1Char('='), 1));
    }
    url.setQuery(query);
    return url.toString();
}

Result<PostgresTarget> parsePostgresUrl(const QString &spec)
{
    const QString text = spec.trimmed();
    auto bad = [&](const QString &why) {
        return Error::usage(QStringLiteral("case store address %1 is not usable: %2").arg(text, why));
    };
    if (!isPostgresUrl(text))
        return bad(QStringLiteral("it does not start with postgresql://"));
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return bad(url.errorString());
    if (!url.password().isEmpty())
        return Error::usage(
            QStringLiteral("case store address %1 contains a password; Firebreak never takes one on the command line "
                           "or in a setting. Put it in ~/.pgpass (or the file PGPASSFILE names), or leave it out and "
                           "enter it when asked.")
                .arg(PostgresTarget{url.userName(), url.host(), url.port(), url.path().mid(1), {}}.display()));
    PostgresTarget t;
    t.user = url.userName(QUrl::FullyDecoded);
    t.host = url.host(QUrl::FullyDecoded);
    t.port = url.port(-1);
    t.database = url.path(QUrl::FullyDecoded);
    if (t.database.startsWith(QLatin1Char('/')))
        t.database.remove(0, 1);
    if (t.database.contains(QLatin1Char('/')))
        return bad(QStringLiteral("the database name may not contain '/'"));
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("password"))
            return Error::usage(QStringLiteral("case store address %1 contains a password parameter; use ~/.pgpass "
                                               "or the prompt instead")
                                    .arg(t.display()));
        if (!kAllowedOptions.contains(key))
            return bad(QStringLiteral("unknown connection parameter '%1' (accepted: %2)")
                           .arg(key, kAllowedOptions.join(QStringLiteral(", "))));
        // Qt hands connect options to libpq separated by ';' and spaces.
        if (value.isEmpty() || value.contains(QLatin1Char(';')) || value.contains(QLatin1Char(' ')) ||
            value.contains(QLatin1Char('\'')) || value.contains(QLatin1Char('\\')))
            return bad(QStringLiteral("parameter '%1' needs a value without spaces, quotes, ';' or '\\'").arg(key));
        if (key == QLatin1String("sslmode") && !kSslModes.contains(value))
            return bad(
                QStringLiteral("sslmode '%1' is not one of %2").arg(value, kSslModes.join(QStringLiteral(", "))));
        t.options << key + QLatin1Char('=') + value;
    }
    return t;
}

QString defaultStorePath()
{
    return Database::defaultPath();
}

} // namespace firebreak
