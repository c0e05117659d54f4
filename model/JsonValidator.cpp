#include "JsonValidator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace firebreak {

Result<QByteArray> readDataFile(const QString &path, qint64 limit)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::failed(QStringLiteral("%1: cannot read: %2").arg(path, f.errorString()));
    // size() is 0 for a FIFO or a device, so the read below is bounded as well.
    if (f.size() > limit)
        return Error{Error::Kind::Corrupt, QStringLiteral("%1: the file is %2 bytes, more than the %3 bytes allowed; "
                                                          "not read")
                                               .arg(path)
                                               .arg(f.size())
                                               .arg(limit)};
    QByteArray raw = f.read(limit + 1);
    if (raw.size() > limit)
        return Error{Error::Kind::Corrupt,
                     QStringLiteral("%1: more than the %2 bytes allowed; not read").arg(path).arg(limit)};
    if (raw.isEmpty())
        return Error{Error::Kind::Corrupt, QStringLiteral("%1: the file is empty").arg(path)};
    return raw;
}

Result<QJsonObject> JsonValidator::parseObject() const
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(m_raw, &pe);
    if (pe.error != QJsonParseError::NoError) {
        const int line = static_cast<int>(m_raw.left(pe.offset).count('\n')) + 1;
        return Error{Error::Kind::Corrupt,
                     QStringLiteral("%1:%2: not valid JSON: %3").arg(m_file).arg(line).arg(pe.errorString())};
    }
    if (!doc.isObject())
        return Error{Error::Kind::Corrupt, QStringLiteral("%1:1: the top level must be a JSON object").arg(m_file)};
    return doc.object();
}

int JsonValidator::lineOfId(const QString &id) const
{
    // QJsonDocument keeps no positions; find the object by its id instead.
    if (id.isEmpty())
        return 1;
    const QString text = QString::fromUtf8(m_raw);
    const QRegularExpression re(QStringLiteral("\"id\"\\s*:\\s*\"%1\"").arg(QRegularExpression::escape(id)));
    const auto m = re.match(text);
    return m.hasMatch() ? static_cast<int>(text.left(m.capturedStart()).count(QLatin1Char('\n'))) + 1 : 1;
}

Error JsonValidator::fail(const QString &path, const QString &why, const QString &id) const
{
    return Error{Error::Kind::Corrupt, QStringLiteral("%1:%2: %3: %4").arg(m_file).arg(lineOfId(id)).arg(path, why)};
}

std::optional<Error> JsonValidator::onlyKeys(const QJsonObject &o, const QStringList &allowed, const QString &path,
                                             const QString &id) const
{
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!allowed.contains(it.key()))
            return fail(
                path,
                QStringLiteral("unknown key \"%1\" (allowed: %2)").arg(it.key(), allowed.join(QStringLiteral(", "))),
                id);
    return std::nullopt;
}

Result<QStringList> JsonValidator::stringList(const QJsonValue &v, const QString &path, const QString &id) const
{
    if (v.isUndefined())
        return QStringList();
    if (!v.isArray())
        return fail(path, QStringLiteral("must be a list of text"), id);
    QStringList out;
    for (const QJsonValue &x : v.toArray()) {
        if (!x.isString())
            return fail(path, QStringLiteral("must be a list of text"), id);
        out << x.toString();
    }
    return out;
}

} // namespace firebreak
