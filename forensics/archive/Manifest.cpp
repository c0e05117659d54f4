#include "Manifest.h"

#include "model/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace firebreak::archive {

QByteArray sha256sumText(QList<ManifestEntry> entries)
{
    // Byte order of the UTF-8 names, so the file is the same on any locale.
    std::sort(entries.begin(), entries.end(),
              [](const ManifestEntry &a, const ManifestEntry &b) { return a.path.toUtf8() < b.path.toUtf8(); });
    QByteArray out;
    for (const ManifestEntry &e : entries)
        out += e.sha256.toLatin1() + "  " + e.path.toUtf8() + '\n';
    return out;
}

Result<QList<Sha256Line>> parseSha256sum(const QByteArray &text, const QString &fileName)
{
    QList<Sha256Line> lines;
    int number = 0;
    for (const QByteArray &raw : text.split('\n')) {
        ++number;
        if (raw.isEmpty())
            continue;
        // "<64 hex>  <path>" (text mode) or "<64 hex> *<path>" (binary mode).
        if (raw.size() < 67 || raw.at(64) != ' ' || (raw.at(65) != ' ' && raw.at(65) != '*'))
            return Error{Error::Kind::Corrupt,
                         QStringLiteral("%1 line %2 is not \"<sha256>  <path>\"").arg(fileName).arg(number)};
        const QByteArray hex = raw.left(64).toLower();
        if (!std::all_of(hex.begin(), hex.end(),
                         [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); }))
            return Error{Error::Kind::Corrupt, QStringLiteral("%1 line %2: \"%3\" is not a SHA-256")
                                                   .arg(fileName)
                                                   .arg(number)
                                                   .arg(QString::fromLatin1(raw.left(64)))};
        const QString path = QString::fromUtf8(raw.mid(66));
        if (!isContainedPath(path))
            return Error{Error::Kind::Corrupt, QStringLiteral("%1 line %2: path \"%3\" points outside the package")
                                                   .arg(fileName)
                                                   .arg(number)
                                                   .arg(path)};
        lines.append({QString::fromLatin1(hex), path});
    }
    return lines;
}

QByteArray jsonManifest(const ManifestHeader &h, const QList<ManifestEntry> &files, const QList<ManifestItem> &items)
{
    QJsonArray fileArray;
    for (const ManifestEntry &e : files)
        fileArray.append(QJsonObject{{QStringLiteral("path"), e.path},
                                     {QStringLiteral("size"), e.size},
                                     {QStringLiteral("md5"), e.md5},
                                     {QStringLiteral("sha1"), e.sha1},
                                     {QStringLiteral("sha256"), e.sha256},
                                     {QStringLiteral("role"), e.role},
                                     {QStringLiteral("evidence"), e.evidenceNumber}});
    QJsonArray itemArray;
    for (const ManifestItem &i : items)
        itemArray.append(QJsonObject{{QStringLiteral("evidence_number"), i.evidenceNumber},
                                     {QStringLiteral("kind"), i.kind},
                                     {QStringLiteral("format"), i.format},
                                     {QStringLiteral("shipped"), i.shipped},
                                     {QStringLiteral("description"), i.description},
                                     {QStringLiteral("size_bytes"), i.sizeBytes},
                                     {QStringLiteral("md5"), i.md5},
                                     {QStringLiteral("sha1"), i.sha1},
                                     {QStringLiteral("sha256"), i.sha256},
                                     {QStringLiteral("segments"), QJsonArray::fromStringList(i.segments)},
                                     {QStringLiteral("verification"), i.verification}});
    QJsonObject o{{QStringLiteral("format"), QString(kJsonFormat)},
                  {QStringLiteral("incident"), h.incidentId},
                  {QStringLiteral("package"), h.packageName},
                  {QStringLiteral("created_utc"), toIsoUtc(h.createdAt)},
                  {QStringLiteral("created_by"), h.createdBy},
                  {QStringLiteral("recipient"), h.recipient},
                  {QStringLiteral("purpose"), h.purpose},
                  {QStringLiteral("method"), h.method},
                  {QStringLiteral("files"), fileArray},
                  {QStringLiteral("items"), itemArray}};
    if (!h.signerSubject.isEmpty())
        o.insert(QStringLiteral("signer"), QJsonObject{{QStringLiteral("subject"), h.signerSubject},
                                                       {QStringLiteral("sha256_fingerprint"), h.signerFingerprint}});
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

Result<QList<ManifestItem>> itemsFromJson(const QByteArray &json, const QString &fileName)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (!doc.isObject())
        return Error{Error::Kind::Corrupt, QStringLiteral("%1 is not JSON: %2").arg(fileName, pe.errorString())};
    if (doc.object().value(QStringLiteral("format")).toString() != kJsonFormat)
        return Error{Error::Kind::Corrupt, QStringLiteral("%1 is not a %2 manifest").arg(fileName, kJsonFormat)};
    QList<ManifestItem> items;
    for (const QJsonValue &v : doc.object().value(QStringLiteral("items")).toArray()) {
        const QJsonObject o = v.toObject();
        ManifestItem i;
        i.evidenceNumber = o.value(QStringLiteral("evidence_number")).toString();
        i.kind = o.value(QStringLiteral("kind")).toString();
        i.format = o.value(QStringLiteral("format")).toString();
        i.shipped = o.value(QStringLiteral("shipped")).toBool();
        i.description = o.value(QStringLiteral("description")).toString();
        i.sizeBytes = o.value(QStringLiteral("size_bytes")).toInteger();
        i.md5 = o.value(QStringLiteral("md5")).toString();
        i.sha1 = o.value(QStringLiteral("sha1")).toString();
        i.sha256 = o.value(QStringLiteral("sha256")).toString();
        for (const QJsonValue &s : o.value(QStringLiteral("segments")).toArray())
            i.segments << s.toString();
        i.verification = o.value(QStringLiteral("verification")).toString();
        if (i.shipped)
            for (const QString &s : i.segments)
                if (!isContainedPath(s))
                    return Error{Error::Kind::Corrupt,
                                 QStringLiteral("%1: segment \"%2\" of %3 points outside the package")
                                     .arg(fileName, s, i.evidenceNumber)};
        items << i;
    }
    return items;
}

QString safeComponent(const QString &name)
{
    QString out;
    for (const QChar c : name) {
        const bool ok = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                        (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
                        (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('.') ||
                        c == QLatin1Char('_') || c == QLatin1Char('-');
        out += ok ? c : QLatin1Char('_');
    }
    while (out.startsWith(QLatin1Char('.')))
        out[0] = QLatin1Char('_'); // no hidden files, no "." or ".."
    return out.isEmpty() ? QStringLiteral("_") : out.left(120);
}

QString safePackagePath(const QString &path)
{
    QStringList parts;
    for (const QString &p : path.split(QLatin1Char('/'), Qt::SkipEmptyParts))
        parts << safeComponent(p);
    return parts.join(QLatin1Char('/'));
}

bool isContainedPath(const QString &path)
{
    if (path.isEmpty() || path.startsWith(QLatin1Char('/')) || path.contains(QLatin1Char('\\')) ||
        path.contains(QLatin1Char('\0')))
        return false;
    for (const QString &p : path.split(QLatin1Char('/')))
        if (p.isEmpty() || p == QLatin1String(".") || p == QLatin1String(".."))
            return false;
    return true;
}

} // namespace firebreak::archive
