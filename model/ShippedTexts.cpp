#include "ShippedTexts.h"

#include <QCoreApplication>

namespace firebreak::shipped {

QString text(const QString &source)
{
    if (source.isEmpty())
        return source;
    const QByteArray utf8 = source.toUtf8();
    return QCoreApplication::translate("Shipped", utf8.constData());
}

QStringList texts(const QStringList &sources)
{
    QStringList out;
    out.reserve(sources.size());
    for (const QString &s : sources)
        out << text(s);
    return out;
}

} // namespace firebreak::shipped
