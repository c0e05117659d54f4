#include "CustodyHolder.h"

#include <QRegularExpression>

#include <algorithm>

namespace firebreak {

namespace {

// Entries that pass the item from one party to another. "examined" and
// "stored" name who did it and where the item is, not a new holder: who
// examines an item they were not handed needs a transfer first.
bool isHandOff(const CustodyEvent &e)
{
    return e.action == QLatin1String("transferred") || e.action == QLatin1String("returned") ||
           e.action == QLatin1String("released");
}

// An evidence package (archive export) hands over a copy: the original
// stays with who made it. Its transfer entry is written by the program
// with notes "package NAME, … manifest SHA-256 HEX".
bool isPackageCopy(const CustodyEvent &e)
{
    static const QRegularExpression notes(QStringLiteral("^package .+, manifest SHA-256 [0-9a-f]{64}$"));
    return e.action == QLatin1String("transferred") && notes.match(e.notes).hasMatch();
}

bool handsOver(const CustodyEvent &e)
{
    return (isHandOff(e) || e.action == QLatin1String("collected")) && !isPackageCopy(e) &&
           !e.toParty.trimmed().isEmpty();
}

// The collection opens the chain even when a later entry was dated a
// moment before it (times are typed to the minute; the store allows a
// minute of slack), so the collector is the first holder.
QList<CustodyEvent> collectionFirst(QList<CustodyEvent> chain)
{
    std::stable_partition(chain.begin(), chain.end(),
                          [](const CustodyEvent &e) { return e.action == QLatin1String("collected"); });
    return chain;
}

} // namespace

QString custodyPartyKey(const QString &party)
{
    // The name comes before the title, phone or organisation.
    static const QRegularExpression cut(QStringLiteral("[,;(<\\[/|]| - "));
    QString name = party.section(cut, 0, 0);
    QString plain;
    for (const QChar c : name.normalized(QString::NormalizationForm_KD))
        if (c.category() != QChar::Mark_NonSpacing)
            plain += c;
    return plain.toCaseFolded().simplified();
}

bool sameParty(const QString &a, const QString &b)
{
    const QStringList x = custodyPartyKey(a).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QStringList y = custodyPartyKey(b).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (x.isEmpty() || x.size() != y.size())
        return false;
    // "b." or "b" stands for any word starting with b: "B. Marley" is "Bob Marley".
    const auto initial = [](const QString &w) {
        return w.size() == 1 || (w.size() == 2 && w.endsWith(QLatin1Char('.')));
    };
    for (qsizetype i = 0; i < x.size(); ++i) {
        if (x[i] == y[i])
            continue;
        if (initial(x[i]) && y[i].startsWith(x[i].front()))
            continue;
        if (initial(y[i]) && x[i].startsWith(y[i].front()))
            continue;
        return false;
    }
    return true;
}

CustodyHolder holderOf(const QList<CustodyEvent> &chain)
{
    CustodyHolder h;
    for (const CustodyEvent &e : collectionFirst(chain))
        if (handsOver(e))
            h = {e.toParty.trimmed(), e};
    return h;
}

QList<CustodyEvent> unexplainedHandOffs(const QList<CustodyEvent> &chain)
{
    QList<CustodyEvent> out;
    QString holder;
    for (const CustodyEvent &e : collectionFirst(chain)) {
        const bool namesGiver = isHandOff(e) && !e.fromParty.trimmed().isEmpty();
        if (namesGiver && !holder.isEmpty() && e.overrideReason.trimmed().isEmpty() && !sameParty(e.fromParty, holder))
            out.append(e);
        if (handsOver(e))
            holder = e.toParty.trimmed();
    }
    return out;
}

QList<CustodyEvent> withEntry(QList<CustodyEvent> chain, const CustodyEvent &e)
{
    qsizetype at = chain.size();
    while (at > 0 && chain[at - 1].at > e.at)
        --at;
    chain.insert(at, e);
    return chain;
}

} // namespace firebreak
