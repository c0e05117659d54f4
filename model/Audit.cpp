#include "Audit.h"

#include "Clock.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace firebreak {

namespace audit {

QString genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

QByteArray canonicalJson(const QJsonObject &o)
{
    // QJsonObject keeps keys sorted and Compact emits no whitespace, so the
    // same logical object always serialises to the same bytes.
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

namespace {

// What an entry asserts, as hashed: shared by the record and its JSON form.
QJsonObject recordObject(const AuditEntry &e)
{
    QJsonObject o;
    o.insert(QStringLiteral("seq"), QString::number(e.seq));
    o.insert(QStringLiteral("at"), toIsoUtc(e.at));
    o.insert(QStringLiteral("actor"), e.actor);
    // Only present when there is one, so every entry written before team
    // mode (and every SQLite entry) hashes exactly as it always did.
    if (!e.dbUser.isEmpty())
        o.insert(QStringLiteral("db_user"), e.dbUser);
    o.insert(QStringLiteral("action"), e.action);
    o.insert(QStringLiteral("object"), e.object);
    o.insert(QStringLiteral("incident"), e.incidentId);
    o.insert(QStringLiteral("data"), e.data);
    return o;
}

} // namespace

QByteArray canonicalRecord(const AuditEntry &e)
{
    return canonicalJson(recordObject(e));
}

QJsonObject entryJson(const AuditEntry &e)
{
    QJsonObject o = recordObject(e);
    o.insert(QStringLiteral("seq"), e.seq);
    o.insert(QStringLiteral("prev_hash"), e.prevHash);
    o.insert(QStringLiteral("entry_hash"), e.entryHash);
    return o;
}

QString computeEntryHash(qint64 seq, const QString &prevHash, const QByteArray &record)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(QByteArrayView(kDomainTag));
    h.addData(QByteArrayView("\0", 1));
    h.addData(QByteArray::number(seq));
    h.addData(QByteArrayView("\0", 1));
    h.addData(prevHash.toLatin1());
    h.addData(QByteArrayView("\0", 1));
    h.addData(record);
    return QString::fromLatin1(h.result().toHex());
}

QByteArray checkpointPayload(const AuditCheckpoint &c)
{
    QJsonObject o{{QStringLiteral("checkpoint"), QString::number(c.number)},
                  {QStringLiteral("at"), toIsoUtc(c.at)},
                  {QStringLiteral("store"), c.storeId},
                  {QStringLiteral("entries"), QString::number(c.entries)},
                  {QStringLiteral("head_hash"), c.headHash},
                  {QStringLiteral("prev_signature"), c.prevSignature},
                  {QStringLiteral("key"), c.keyFingerprint}};
    return QByteArray(kCheckpointTag) + '\0' + canonicalJson(o);
}

} // namespace audit

QString AuditVerdict::summary() const
{
    switch (state) {
    case State::Empty: return QStringLiteral("audit trail empty (nothing recorded yet)");
    case State::Intact:
        return QStringLiteral("audit trail intact: %1 entries, head %2").arg(entries).arg(headHash.left(16));
    case State::Broken: return QStringLiteral("audit trail BROKEN, first bad %1").arg(problems.value(0));
    }
    return {};
}

namespace {

// Checks `entries` as the continuation of a chain whose last good entry is
// `expectedSeq - 1` with hash `prev`; findings go into `v`.
void walk(AuditVerdict &v, qint64 expectedSeq, QString prev, const QList<AuditEntry> &entries)
{
    auto fail = [&v](qint64 seq, const QString &why) {
        if (v.state != AuditVerdict::State::Broken) {
            v.state = AuditVerdict::State::Broken;
            v.firstBadSeq = seq;
        }
        v.problems.append(QStringLiteral("seq %1: %2").arg(seq).arg(why));
    };

    for (const AuditEntry &e : entries) {
        if (e.seq != expectedSeq) {
            if (e.seq == 1)
                fail(e.seq, QStringLiteral("chain restarts at 1 after seq %1").arg(expectedSeq - 1));
            else
                fail(e.seq,
                     e.seq > expectedSeq
                         ? QStringLiteral("gap: seq %1..%2 missing (deleted rows)").arg(expectedSeq).arg(e.seq - 1)
                         : QStringLiteral("out of order: expected seq %1").arg(expectedSeq));
        }
        if (e.prevHash != prev)
            fail(e.seq, QStringLiteral("prev_hash does not link to the entry before it (row deleted, inserted or "
                                       "reordered)"));
        const QString recomputed = audit::computeEntryHash(e.seq, e.prevHash, audit::canonicalRecord(e));
        if (recomputed != e.entryHash)
            fail(e.seq, QStringLiteral("entry_hash does not match its contents (row edited)"));
        if (v.state != AuditVerdict::State::Broken)
            v.headHash = e.entryHash;
        prev = e.entryHash;
        expectedSeq = e.seq + 1;
    }
}

} // namespace

AuditVerdict verifyChain(const QList<AuditEntry> &entries)
{
    AuditVerdict v;
    v.entries = entries.size();
    v.headHash = audit::genesisHash();
    if (entries.isEmpty())
        return v;
    v.state = AuditVerdict::State::Intact;
    walk(v, 1, audit::genesisHash(), entries);
    return v;
}

AuditVerdict extendVerdict(const AuditVerdict &known, const QList<AuditEntry> &newer)
{
    if (known.state == AuditVerdict::State::Broken || newer.isEmpty())
        return known;
    AuditVerdict v = known;
    v.entries = known.entries + newer.size();
    v.state = AuditVerdict::State::Intact;
    walk(v, known.entries + 1, known.headHash, newer);
    return v;
}

} // namespace firebreak
