#include "AuditCheckpoints.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace firebreak {

QString CheckpointVerdict::summary() const
{
    if (ok)
        return QStringLiteral("%1 checkpoint(s) valid; the newest vouches for %2 entries")
            .arg(checked)
            .arg(coveredEntries);
    return QStringLiteral("checkpoint verification FAILED: %1").arg(problems.value(0));
}

namespace checkpoints {

namespace {

// The entry_hash a checkpoint expects at its last covered seq.
QString headAt(const QList<AuditEntry> &entries, qint64 count)
{
    if (count == 0)
        return audit::genesisHash();
    if (count > entries.size())
        return {};
    return entries.at(static_cast<int>(count) - 1).entryHash;
}

void check(const AuditCheckpoint &c, const QString &storeId, const QList<AuditEntry> &entries, const QString &label,
           CheckpointVerdict &v)
{
    auto fail = [&](const QString &why) {
        v.ok = false;
        v.problems << QStringLiteral("%1: %2").arg(label, why);
    };
    ++v.checked;
    auto good =
        Ed25519Key::verify(c.publicKeyPem, audit::checkpointPayload(c), QByteArray::fromHex(c.signature.toLatin1()));
    if (!good || !*good)
        return fail(good ? QStringLiteral("signature does not match its contents (checkpoint altered)")
                         : good.error().message);
    auto fp = Ed25519Key::fingerprintOf(c.publicKeyPem);
    if (!fp || *fp != c.keyFingerprint)
        return fail(QStringLiteral("key fingerprint does not match the key it carries"));
    if (c.storeId != storeId)
        return fail(QStringLiteral("it belongs to another case store (%1)").arg(c.storeId));
    if (c.entries > entries.size())
        return fail(QStringLiteral("it vouches for %1 entries but the audit trail now has only %2 (tail deleted)")
                        .arg(c.entries)
                        .arg(entries.size()));
    if (headAt(entries, c.entries) != c.headHash)
        return fail(
            QStringLiteral("the audit entry at seq %1 is not the one it signed (chain rewritten)").arg(c.entries));
    v.coveredEntries = std::max(v.coveredEntries, c.entries);
}

} // namespace

QString defaultKeyPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("keys/audit-checkpoint-ed25519.pem"));
}

Result<Ed25519Key> createKey(const QString &path, const QByteArray &passphrase)
{
    if (QFileInfo::exists(path))
        return Error{Error::Kind::Conflict,
                     QStringLiteral("signing key %1 already exists; it was left as it is").arg(path)};
    if (passphrase.size() > kMaxPassphraseBytes)
        return Error::usage(QStringLiteral("the passphrase for %1 is longer than %2 bytes; choose a shorter one")
                                .arg(path)
                                .arg(kMaxPassphraseBytes));
    if (passphrase.isEmpty())
        return Error::usage(
            QStringLiteral("the audit signing key %1 needs a passphrase (an unprotected key on a stolen laptop lets "
                           "anyone sign a rewritten audit trail)")
                .arg(path));
    const QString dir = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(dir))
        return Error::failed(QStringLiteral("cannot create the folder %1 for signing key %2").arg(dir, path));
    QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    auto key = Ed25519Key::generate();
    if (!key)
        return key.error();
    if (auto st = key->save(path, passphrase); !st)
        return st.error();
    return key;
}

Result<Ed25519Key> loadKey(const QString &path, const QByteArray &passphrase)
{
    if (!QFileInfo::exists(path))
        return Error::notFound(QStringLiteral("there is no audit signing key at %1 yet (create it with "
                                              "'firebreak-cli audit key init')")
                                   .arg(path));
    return Ed25519Key::load(path, passphrase);
}

Result<qint64> ageOfNewest(const CaseStore &store)
{
    auto existing = store.checkpoints();
    if (!existing)
        return existing.error();
    if (existing->isEmpty())
        return qint64(-1);
    return existing->last().at.secsTo(store.clock().nowUtc());
}

Result<bool> isDue(const CaseStore &store)
{
    auto age = ageOfNewest(store);
    if (!age)
        return age.error();
    if (*age >= 0)
        return *age >= kIntervalSecs;
    auto last = store.auditLastSeq();
    if (!last)
        return last.error();
    return *last > 0;
}

Result<std::optional<AuditCheckpoint>> ensureFresh(CaseStore &store, const Ed25519Key &key, Trigger trigger)
{
    if (trigger == Trigger::Activity) {
        auto due = isDue(store);
        if (!due)
            return due.error();
        if (!*due)
            return std::optional<AuditCheckpoint>();
    }
    auto c = create(store, key);
    if (!c)
        return c.error();
    return std::optional<AuditCheckpoint>(*c);
}

Result<AuditCheckpoint> create(CaseStore &store, const Ed25519Key &key)
{
    const QDateTime now = fromIsoUtc(toIsoUtc(store.clock().nowUtc()));
    return store.appendCheckpoint([&](const CaseStore::CheckpointBasis &basis) -> Result<AuditCheckpoint> {
        if (!basis.chain.intact())
            return Error::failed(
                QStringLiteral("refusing to sign a broken audit trail: %1").arg(basis.chain.summary()));
        AuditCheckpoint c;
        c.number = basis.previous ? basis.previous->number + 1 : 1;
        c.at = now;
        c.storeId = basis.storeId;
        c.entries = basis.chain.entries;
        c.headHash = basis.chain.headHash;
        c.prevSignature = basis.previous ? basis.previous->signature : QString();
        c.keyFingerprint = key.fingerprint();
        c.publicKeyPem = key.publicKeyPem();
        auto sig = key.sign(audit::checkpointPayload(c));
        if (!sig)
            return sig.error();
        c.signature = QString::fromLatin1(sig->toHex());
        return c;
    });
}

Result<CheckpointVerdict> verifyStored(const CaseStore &store)
{
    auto list = store.checkpoints();
    auto entries = store.auditLog();
    if (!list)
        return list.error();
    if (!entries)
        return entries.error();
    CheckpointVerdict v;
    QString prevSig;
    qint64 prevEntries = 0;
    for (const AuditCheckpoint &c : *list) {
        const QString label = QStringLiteral("checkpoint %1").arg(c.number);
        if (c.prevSignature != prevSig) {
            v.ok = false;
            v.problems << QStringLiteral("%1: not chained to the checkpoint before it (one was removed or altered)")
                              .arg(label);
        }
        if (c.entries < prevEntries) {
            v.ok = false;
            v.problems << QStringLiteral("%1: covers fewer entries than the one before it").arg(label);
        }
        check(c, store.storeId(), *entries, label, v);
        prevSig = c.signature;
        prevEntries = c.entries;
    }
    return v;
}

QByteArray exportJson(const AuditCheckpoint &c)
{
    QJsonObject o{{QStringLiteral("format"), QString::fromLatin1(audit::kCheckpointTag)},
                  {QStringLiteral("checkpoint"), QString::number(c.number)},
                  {QStringLiteral("at"), toIsoUtc(c.at)},
                  {QStringLiteral("store"), c.storeId},
                  {QStringLiteral("entries"), QString::number(c.entries)},
                  {QStringLiteral("head_hash"), c.headHash},
                  {QStringLiteral("prev_signature"), c.prevSignature},
                  {QStringLiteral("key"), c.keyFingerprint},
                  {QStringLiteral("public_key"), QString::fromLatin1(c.publicKeyPem)},
                  {QStringLiteral("signature"), c.signature},
                  {QStringLiteral("payload_base64"), QString::fromLatin1(audit::checkpointPayload(c).toBase64())},
                  {QStringLiteral("signature_base64"),
                   QString::fromLatin1(QByteArray::fromHex(c.signature.toLatin1()).toBase64())}};
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

Result<CheckpointVerdict> verifyExported(const CaseStore &store, const QByteArray &json, const QString &fileName)
{
    QJsonParseError pe;
    const QJsonObject o = QJsonDocument::fromJson(json, &pe).object();
    if (pe.error != QJsonParseError::NoError ||
        o.value(QStringLiteral("format")).toString() != QLatin1String(audit::kCheckpointTag))
        return Error::usage(QStringLiteral("%1 is not a Firebreak checkpoint export").arg(fileName));
    AuditCheckpoint c;
    c.number = o.value(QStringLiteral("checkpoint")).toString().toLongLong();
    c.at = fromIsoUtc(o.value(QStringLiteral("at")).toString());
    c.storeId = o.value(QStringLiteral("store")).toString();
    c.entries = o.value(QStringLiteral("entries")).toString().toLongLong();
    c.headHash = o.value(QStringLiteral("head_hash")).toString();
    c.prevSignature = o.value(QStringLiteral("prev_signature")).toString();
    c.keyFingerprint = o.value(QStringLiteral("key")).toString();
    c.publicKeyPem = o.value(QStringLiteral("public_key")).toString().toLatin1();
    c.signature = o.value(QStringLiteral("signature")).toString();
    auto entries = store.auditLog();
    if (!entries)
        return entries.error();
    CheckpointVerdict v;
    const QString label = QStringLiteral("exported checkpoint %1 (%2)").arg(c.number).arg(fileName);
    // The openssl-only path checks the base64 copies; they must say what the fields say.
    const QString payload = o.value(QStringLiteral("payload_base64")).toString();
    const QString sig64 = o.value(QStringLiteral("signature_base64")).toString();
    if ((!payload.isEmpty() && QByteArray::fromBase64(payload.toLatin1()) != audit::checkpointPayload(c)) ||
        (!sig64.isEmpty() && QByteArray::fromBase64(sig64.toLatin1()).toHex() != c.signature.toLatin1())) {
        v.ok = false;
        v.problems
            << QStringLiteral("%1: its base64 payload or signature differs from its fields (file altered)").arg(label);
    }
    check(c, store.storeId(), *entries, label, v);
    return v;
}

} // namespace checkpoints

} // namespace firebreak
