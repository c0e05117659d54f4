#include "StoreNames.h"

#include "model/StoreLocation.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QUrl>
#include <QUrlQuery>

namespace firebreak::ui {

bool isTeamStore(const QString &spec)
{
    return isPostgresUrl(spec);
}

QString redactedStoreAddress(const QString &spec)
{
    QUrl url(spec.trimmed());
    if (!url.isValid())
        return QCoreApplication::translate("StoreNames", "(an address that is not a valid URL)");
    url.setPassword({});
    QUrlQuery query(url);
    query.removeAllQueryItems(QStringLiteral("password"));
    query.removeAllQueryItems(QStringLiteral("sslpassword"));
    url.setQuery(query);
    return url.toString();
}

QString storeDisplayName(const QString &spec)
{
    if (!isTeamStore(spec))
        return QFileInfo(spec).absoluteFilePath();
    const auto target = parsePostgresUrl(spec);
    return target ? target->display() : redactedStoreAddress(spec);
}

QString storeShortName(const QString &spec)
{
    if (!isTeamStore(spec))
        return QFileInfo(spec).fileName();
    const auto target = parsePostgresUrl(spec);
    if (!target)
        return redactedStoreAddress(spec);
    const QString host = target->host.isEmpty() ? QStringLiteral("localhost") : target->host;
    const QString database = target->database.isEmpty() ? target->user : target->database;
    return QCoreApplication::translate("StoreNames", "%1 on %2").arg(database, host);
}

} // namespace firebreak::ui
