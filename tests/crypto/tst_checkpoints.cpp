// Ed25519 and signed audit checkpoints: a known-answer vector, interop
// with the openssl tool, and the tampering a hash chain alone misses.

#include "forensics/crypto/AuditCheckpoints.h"
#include "forensics/hash/Digest.h"

#include "support/TestSupport.h"
#include <QFileInfo>

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace firebreak;
using namespace firebreak::test;

namespace {
// RFC 8032 §7.1, TEST 1: empty message.
const char kRfcPublic[] = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";
const char kRfcSignature[] =
    "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9"
    "b46bd25bf5f0595bbe24655141438e7a100b";

QByteArray pemFromRawPublic(const QByteArray &raw)
{
    // SubjectPublicKeyInfo for Ed25519 (RFC 8410) is a fixed 12-byte prefix + the key.
    const QByteArray der = QByteArray::fromHex("302a300506032b6570032100") + raw;
    return "-----BEGIN PUBLIC KEY-----\n" + der.toBase64() + "\n-----END PUBLIC KEY-----\n";
}
} // namespace

class TestCheckpoints : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 23), QTime(3, 0), QTimeZone::utc())};

    std::unique_ptr<CaseStore> store(const QString &name, int incidents)
    {
        auto s = CaseStore::openSqlite(m_dir.filePath(name), m_clock, QStringLiteral("ic"));
        if (!s)
            return nullptr;
        for (int i = 0; i < incidents; ++i)
            (void)(*s)->createIncident({QStringLiteral("case %1").arg(i), {}, Severity::Low, {}, {}, {}, {}});
        return std::move(s).value();
    }

private slots:
    void rfc8032KnownAnswer()
    {
        const QByteArray pem = pemFromRawPublic(QByteArray::fromHex(kRfcPublic));
        QVERIFY(*Ed25519Key::verify(pem, QByteArray(), QByteArray::fromHex(kRfcSignature)));
        QByteArray forged = QByteArray::fromHex(kRfcSignature);
        forged[5] = static_cast<char>(forged[5] ^ 0x01);
        QVERIFY(!*Ed25519Key::verify(pem, QByteArray(), forged));
        QVERIFY(!*Ed25519Key::verify(pem, QByteArray("x"), QByteArray::fromHex(kRfcSignature)));
        QCOMPARE(*Ed25519Key::fingerprintOf(pem),
                 Digest::hexOf(HashAlgorithm::Sha256, QByteArray::fromHex(kRfcPublic)));
    }

    void keysAtRestUseThePassphrase()
    {
        auto key = Ed25519Key::generate();
        QVERIFY(key.ok());
        const QString path = m_dir.filePath(QStringLiteral("key.pem"));
        QVERIFY(key->save(path, "correct horse").ok());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().contains("ENCRYPTED PRIVATE KEY"));
        QCOMPARE(QFileInfo(path).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        auto wrong = Ed25519Key::load(path, "battery staple");
        QVERIFY(!wrong.ok());
        QVERIFY(wrong.error().message.contains(path));
        auto right = Ed25519Key::load(path, "correct horse");
        QVERIFY(right.ok());
        QCOMPARE(right->fingerprint(), key->fingerprint());
    }

    void stockOpensslVerifiesOurSignature()
    {
        auto key = Ed25519Key::generate();
        const QByteArray message("firebreak.checkpoint.v1 test message");
        auto sig = key->sign(message);
        QVERIFY(sig.ok());
        const QString dir = m_dir.path();
        auto write = [&](const QString &name, const QByteArray &bytes) {
            QFile f(QDir(dir).filePath(name));
            return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
        };
        QVERIFY(write(QStringLiteral("pub.pem"), key->publicKeyPem()));
        QVERIFY(write(QStringLiteral("msg.bin"), message));
        QVERIFY(write(QStringLiteral("msg.sig"), *sig));
        auto r =
            runProcess(QStringLiteral("openssl"),
                       {QStringLiteral("pkeyutl"), QStringLiteral("-verify"), QStringLiteral("-pubin"),
                        QStringLiteral("-inkey"), QDir(dir).filePath(QStringLiteral("pub.pem")),
                        QStringLiteral("-rawin"), QStringLiteral("-in"), QDir(dir).filePath(QStringLiteral("msg.bin")),
                        QStringLiteral("-sigfile"), QDir(dir).filePath(QStringLiteral("msg.sig"))});
        QVERIFY2(r.exitCode == 0 && r.out.contains(QLatin1String("Signature Verified Successfully")),
                 qPrintable(r.out + r.err));
    }

    void checkpointsChainAndCoverQuietPeriods()
    {
        auto s = store(QStringLiteral("chain.sqlite"), 3);
        QVERIFY(s);
        auto key = Ed25519Key::generate();
        auto c1 = checkpoints::create(*s, *key);
        QVERIFY(c1.ok());
        QCOMPARE(c1->entries, 3);
        m_clock.advanceSecs(3600);
        auto c2 = checkpoints::create(*s, *key); // nothing changed: still attested
        QVERIFY(c2.ok());
        QCOMPARE(c2->entries, 3);
        QCOMPARE(c2->prevSignature, c1->signature);
        auto v = checkpoints::verifyStored(*s);
        QVERIFY2(v->ok, qPrintable(v->problems.join(QLatin1Char('\n'))));
        QCOMPARE(v->checked, 2);
    }

    void exportedCheckpointFindsACutTail()
    {
        auto s = store(QStringLiteral("tail.sqlite"), 5);
        QVERIFY(s);
        auto key = Ed25519Key::generate();
        auto c = checkpoints::create(*s, *key);
        const QByteArray exported = checkpoints::exportJson(*c);
        QVERIFY(checkpoints::verifyExported(*s, exported, QStringLiteral("cp.json"))->ok);

        // Cut the last two entries and remove every stored checkpoint: the
        // remaining chain verifies on its own, the exported checkpoint does not.
        QCOMPARE(
            sqlite3(s->path(), QStringLiteral("DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE seq > 3; "
                                              "DELETE FROM audit_checkpoints;"))
                .exitCode,
            0);
        QVERIFY(s->verifyAudit()->intact());
        auto v = checkpoints::verifyExported(*s, exported, QStringLiteral("cp.json"));
        QVERIFY(!v->ok);
        QVERIFY2(v->problems.first().contains(QLatin1String("tail deleted")), qPrintable(v->problems.first()));
        QVERIFY(v->problems.first().contains(QLatin1String("cp.json")));
        QVERIFY(!checkpoints::verifyExported(*s, QByteArray("{}"), QStringLiteral("junk.json")).ok());
    }

    void alteredOrRemovedCheckpointsAreFound()
    {
        auto s = store(QStringLiteral("altered.sqlite"), 2);
        QVERIFY(s);
        auto key = Ed25519Key::generate();
        for (int i = 0; i < 3; ++i) {
            (void)s->createIncident({QStringLiteral("more"), {}, Severity::Low, {}, {}, {}, {}});
            QVERIFY(checkpoints::create(*s, *key).ok());
        }
        QCOMPARE(
            sqlite3(s->path(), QStringLiteral("UPDATE audit_checkpoints SET entries = 1 WHERE number = 3;")).exitCode,
            0);
        auto v = checkpoints::verifyStored(*s);
        QVERIFY(!v->ok);
        QVERIFY(v->problems.join(QLatin1Char(' ')).contains(QLatin1String("checkpoint 3: signature does not match")));

        auto t = store(QStringLiteral("removed.sqlite"), 1);
        for (int i = 0; i < 3; ++i)
            QVERIFY(checkpoints::create(*t, *key).ok());
        QCOMPARE(sqlite3(t->path(), QStringLiteral("DELETE FROM audit_checkpoints WHERE number = 2;")).exitCode, 0);
        auto w = checkpoints::verifyStored(*t);
        QVERIFY(!w->ok);
        QVERIFY(w->problems.first().contains(QLatin1String("checkpoint 3: not chained")));
    }

    void checkpointIsDueHourlyAndOnEveryExport()
    {
        auto s = store(QStringLiteral("due.sqlite"), 0);
        QVERIFY(s);
        auto key = Ed25519Key::generate();
        // An empty trail owes nothing; the first entry makes the first checkpoint due.
        QCOMPARE(*checkpoints::isDue(*s), false);
        QVERIFY(s->createIncident({QStringLiteral("first"), {}, Severity::Low, {}, {}, {}, {}}).ok());
        QCOMPARE(*checkpoints::isDue(*s), true);
        auto first = checkpoints::ensureFresh(*s, *key, checkpoints::Trigger::Activity);
        QVERIFY(first.ok() && first->has_value());
        QCOMPARE((*first)->entries, 1);

        // Activity within the hour signs nothing more...
        m_clock.advanceSecs(59 * 60);
        QVERIFY(s->createIncident({QStringLiteral("second"), {}, Severity::Low, {}, {}, {}, {}}).ok());
        auto none = checkpoints::ensureFresh(*s, *key, checkpoints::Trigger::Activity);
        QVERIFY(none.ok() && !none->has_value());
        QCOMPARE(*checkpoints::ageOfNewest(*s), 59 * 60);
        // ...an export does, whatever the age...
        auto exported = checkpoints::ensureFresh(*s, *key, checkpoints::Trigger::Export);
        QVERIFY(exported.ok() && exported->has_value());
        QCOMPARE((*exported)->entries, 2);
        // ...and an hour after the newest one, activity (or a quiet hour) is due again.
        m_clock.advanceSecs(checkpoints::kIntervalSecs - 1);
        QCOMPARE(*checkpoints::isDue(*s), false);
        m_clock.advanceSecs(1);
        QCOMPARE(*checkpoints::isDue(*s), true);
        QVERIFY(checkpoints::ensureFresh(*s, *key, checkpoints::Trigger::Activity)->has_value());
        QCOMPARE(s->checkpoints()->size(), 3);
        QVERIFY(checkpoints::verifyStored(*s)->ok);
    }

    void installationKeyIsCreatedProtectedAndNeverReplaced()
    {
        const QString path = m_dir.filePath(QStringLiteral("keys/installation.pem"));
        auto unprotected = checkpoints::createKey(path, {});
        QVERIFY(!unprotected.ok());
        QVERIFY(unprotected.error().message.contains(path));
        QVERIFY(!QFileInfo::exists(path));

        auto key = checkpoints::createKey(path, "correct horse");
        QVERIFY(key.ok());
        QCOMPARE(*Ed25519Key::isProtectedFile(path), true);
        QCOMPARE(QFileInfo(path).permissions() & ~(QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                   QFileDevice::ReadUser | QFileDevice::WriteUser),
                 QFileDevice::Permissions());
        const QByteArray before = fileSha256(path);
        auto again = checkpoints::createKey(path, "other");
        QVERIFY(!again.ok());
        QCOMPARE(fileSha256(path), before);

        // Locked without its passphrase: a clear refusal, not OpenSSL's own terminal prompt.
        auto locked = checkpoints::loadKey(path, {});
        QVERIFY(!locked.ok());
        QVERIFY2(locked.error().message.contains(QLatin1String("protected by a passphrase")) &&
                     locked.error().message.contains(path),
                 qPrintable(locked.error().message));
        QCOMPARE(checkpoints::loadKey(path, "correct horse")->fingerprint(), key->fingerprint());
        auto missing = checkpoints::loadKey(m_dir.filePath(QStringLiteral("none.pem")), "x");
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().message.contains(QLatin1String("audit key init")));
    }

    void exportCarriesTheSignedBytesForOpenssl()
    {
        auto s = store(QStringLiteral("b64.sqlite"), 2);
        auto c = checkpoints::create(*s, *Ed25519Key::generate());
        QVERIFY(c.ok());
        const QJsonObject o = QJsonDocument::fromJson(checkpoints::exportJson(*c)).object();
        QCOMPARE(QByteArray::fromBase64(o.value(QStringLiteral("payload_base64")).toString().toLatin1()),
                 audit::checkpointPayload(*c));
        QCOMPARE(QByteArray::fromBase64(o.value(QStringLiteral("signature_base64")).toString().toLatin1()).toHex(),
                 c->signature.toLatin1());
        // An export whose base64 copy says something else than its fields is reported.
        QJsonObject forged = o;
        forged.insert(QStringLiteral("payload_base64"), QString::fromLatin1(QByteArray("forged").toBase64()));
        auto v = checkpoints::verifyExported(*s, QJsonDocument(forged).toJson(), QStringLiteral("forged.json"));
        QVERIFY(v.ok() && !v->ok);
        QVERIFY(v->problems.first().contains(QLatin1String("forged.json")));
    }

    void brokenChainIsNotSigned()
    {
        auto s = store(QStringLiteral("broken.sqlite"), 3);
        QCOMPARE(
            sqlite3(s->path(),
                    QStringLiteral("DROP TRIGGER audit_log_no_update; UPDATE audit_log SET actor='x' WHERE seq=2;"))
                .exitCode,
            0);
        auto c = checkpoints::create(*s, *Ed25519Key::generate());
        QVERIFY(!c.ok());
        QVERIFY(c.error().message.contains(QLatin1String("refusing to sign")));
        QCOMPARE(s->checkpoints()->size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCheckpoints)
#include "tst_checkpoints.moc"
