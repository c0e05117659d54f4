// Known-answer tests for the EVP digest wrapper: empty input, one byte,
// "abc", the NIST two-block vectors and one million 'a' (FIPS 180 / RFC 1321
// test suites), and streaming in uneven pieces.

#include "forensics/hash/Digest.h"

#include <QtTest>

using namespace firebreak;

class TestDigest : public QObject {
    Q_OBJECT

private slots:
    void knownAnswers_data()
    {
        QTest::addColumn<int>("algorithm");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("expected");
        const QByteArray empty;
        const QByteArray a("a");
        const QByteArray abc("abc");
        const QByteArray nist448("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq");
        const QByteArray nist896("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmno"
                                 "pqrlmnopqrsmnopqrstnopqrstu");
        const QByteArray million(1000000, 'a');
        const QByteArray zero(1, '\0');
        auto row = [](const char *name, HashAlgorithm alg, const QByteArray &in, const char *hex) {
            QTest::newRow(name) << static_cast<int>(alg) << in << QString::fromLatin1(hex);
        };
        row("md5 empty", HashAlgorithm::Md5, empty, "d41d8cd98f00b204e9800998ecf8427e");
        row("md5 a", HashAlgorithm::Md5, a, "0cc175b9c0f1b6a831c399e269772661");
        row("md5 abc", HashAlgorithm::Md5, abc, "900150983cd24fb0d6963f7d28e17f72");
        row("md5 nist448", HashAlgorithm::Md5, nist448, "8215ef0796a20bcaaae116d3876c664a");
        row("md5 million", HashAlgorithm::Md5, million, "7707d6ae4e027c70eea2a935c2296f21");
        row("md5 zero byte", HashAlgorithm::Md5, zero, "93b885adfe0da089cdf634904fd59f71");
        row("sha1 empty", HashAlgorithm::Sha1, empty, "da39a3ee5e6b4b0d3255bfef95601890afd80709");
        row("sha1 a", HashAlgorithm::Sha1, a, "86f7e437faa5a7fce15d1ddcb9eaeaea377667b8");
        row("sha1 abc", HashAlgorithm::Sha1, abc, "a9993e364706816aba3e25717850c26c9cd0d89d");
        row("sha1 nist448", HashAlgorithm::Sha1, nist448, "84983e441c3bd26ebaae4aa1f95129e5e54670f1");
        row("sha1 million", HashAlgorithm::Sha1, million, "34aa973cd4c4daa4f61eeb2bdbad27316534016f");
        row("sha256 empty", HashAlgorithm::Sha256, empty,
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        row("sha256 a", HashAlgorithm::Sha256, a, "ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb");
        row("sha256 abc", HashAlgorithm::Sha256, abc,
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        row("sha256 nist448", HashAlgorithm::Sha256, nist448,
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
        row("sha256 million", HashAlgorithm::Sha256, million,
            "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
        row("sha512 empty", HashAlgorithm::Sha512, empty,
            "cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47"
            "417a81a538327af927da3e");
        row("sha512 abc", HashAlgorithm::Sha512, abc,
            "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d442364"
            "3ce80e2a9ac94fa54ca49f");
        row("sha512 nist896", HashAlgorithm::Sha512, nist896,
            "8e959b75dae313da8cf4f72814fc143f8f7779c6eb9f7fa17299aeadb6889018501d289e4900f7e4331b99dec4b5433ac7d329eeb6"
            "dd26545e96e55b874be909");
    }

    void knownAnswers()
    {
        QFETCH(int, algorithm);
        QFETCH(QByteArray, input);
        QFETCH(QString, expected);
        const auto alg = static_cast<HashAlgorithm>(algorithm);
        QCOMPARE(Digest::hexOf(alg, input), expected);
        QCOMPARE(expected.size(), hashAlgorithmSize(alg) * 2);

        // The same bytes fed in uneven pieces (sizes that are not a multiple
        // of any block size) give the same digest, and finish() resets.
        Digest d(alg);
        qsizetype pos = 0;
        for (qsizetype step = 1; pos < input.size(); step = step * 3 + 1) {
            const qsizetype n = qMin(step, input.size() - pos);
            d.update(input.constData() + pos, static_cast<std::size_t>(n));
            pos += n;
        }
        QCOMPARE(d.finishHex(), expected);
        d.update(input);
        QCOMPARE(d.finishHex(), expected);
    }

    void algorithmKeys()
    {
        for (HashAlgorithm a :
             {HashAlgorithm::Md5, HashAlgorithm::Sha1, HashAlgorithm::Sha256, HashAlgorithm::Sha512}) {
            QCOMPARE(hashAlgorithmFromKey(hashAlgorithmKey(a)), a);
        }
        QCOMPARE(hashAlgorithmFromKey(QStringLiteral("SHA-256")), HashAlgorithm::Sha256);
        QVERIFY(!hashAlgorithmFromKey(QStringLiteral("md6")));
        QVERIFY(digestLibraryVersion().startsWith(QLatin1String("OpenSSL")));
    }
};

QTEST_GUILESS_MAIN(TestDigest)
#include "tst_digest.moc"
