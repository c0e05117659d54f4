#pragma once

// A real case file with a 64 MiB raw image (acquired by firebreak-cli in
// two segments) and an added file, plus examiner and recipient keys made
// by `archive keygen`. Shared by the archive tests.

#include "model/CaseStore.h"
#include "support/CliRunner.h"
#include "support/PgTestSupport.h"
#include "support/TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace firebreak::archivetest {

using test::cliPath;
using test::fileHash;
using test::ProcessResult;
using test::runCli;
using test::runProcess;

struct ArchiveFixture {
    QTemporaryDir dir;
    QString db, incident, passFile, examinerKey, examinerCert, otherKey, otherCert, recipientKey, recipientCert;
    QString imageSha256, addedFile, e01Sha256; // E-001 raw, E-002 file, E-003 E01
    QString error;                             // what failed while building

    QString path(const QString &name) const { return dir.filePath(name); }

    ProcessResult cli(const QStringList &args, const QStringList &env = {}) const
    {
        return runCli(args, {.db = db,
                             .env = env + QStringList{QStringLiteral("FIREBREAK_ACTOR=ada"),
                                                      QStringLiteral("QT_QPA_PLATFORM=offscreen")},
                             .workDir = dir.path()});
    }

    bool fail(const QString &what, const ProcessResult &r)
    {
        error = QStringLiteral("%1 failed (%2): %3 %4").arg(what).arg(r.exitCode).arg(r.out, r.err);
        return false;
    }

    bool keygen(const QString &key, const QString &cert, const QString &name, const QString &alg)
    {
        auto r = cli({QStringLiteral("archive"), QStringLiteral("keygen"), QStringLiteral("--key"), key,
                      QStringLiteral("--cert"), cert, QStringLiteral("--name"), name, QStringLiteral("--org"),
                      QStringLiteral("Example SOC"), QStringLiteral("--email"), QStringLiteral("dfir@example.org"),
                      QStringLiteral("--algorithm"), alg, QStringLiteral("--passphrase-file"), passFile});
        return r.exitCode == 0 || fail(QStringLiteral("keygen ") + key, r);
    }

    bool build()
    {
        // A file, or a team store on the throw-away PostgreSQL server in a *_pg run.
        db = test::storeSpec(dir, QStringLiteral("case.sqlite"));
        if (db.isEmpty())
            return false;
        passFile = path(QStringLiteral("pass.txt"));
        QFile pf(passFile);
        if (!pf.open(QIODevice::WriteOnly) || pf.write("correct horse battery\n") < 0)
            return false;
        pf.close();
        auto n = cli({QStringLiteral("incident"), QStringLiteral("new"), QStringLiteral("--title"),
                      QStringLiteral("Ransomware on fs01"), QStringLiteral("--severity"), QStringLiteral("high")});
        if (n.exitCode != 0)
            return fail(QStringLiteral("incident new"), n);
        incident = QRegularExpression(QStringLiteral("INC-\\d{4}-\\d{4}")).match(n.out).captured();

        // 64 MiB of varied data (no two blocks alike), imaged in two segments.
        QFile src(path(QStringLiteral("disk.bin")));
        if (!src.open(QIODevice::WriteOnly))
            return false;
        QRandomGenerator gen(8);
        QByteArray block(1 << 20, Qt::Uninitialized);
        for (int i = 0; i < 64; ++i) {
            gen.fillRange(reinterpret_cast<quint32 *>(block.data()), block.size() / 4);
            src.write(block);
        }
        src.close();
        imageSha256 = fileHash(src.fileName(), QCryptographicHash::Sha256);
        QDir().mkpath(path(QStringLiteral("images")));
        auto img = cli({QStringLiteral("image"), QStringLiteral("--source"), src.fileName(), QStringLiteral("--dest"),
                        path(QStringLiteral("images/fs01 disk.raw")), QStringLiteral("--split"), QStringLiteral("40M"),
                        QStringLiteral("--incident"), incident, QStringLiteral("--description"),
                        QStringLiteral("fs01 system disk")});
        if (img.exitCode != 0)
            return fail(QStringLiteral("image"), img);

        // An added file (a log), registered in the real store.
        addedFile = path(QStringLiteral("auth.log"));
        QFile log(addedFile);
        if (!log.open(QIODevice::WriteOnly) ||
            log.write("Nov 20 01:02:03 fs01 sshd[1]: Accepted password for svc\n") < 0)
            return false;
        log.close();
        ManualClock clock(QDateTime::currentDateTimeUtc());
        auto store = CaseStore::open(db, clock, QStringLiteral("ada"));
        if (!store)
            return false;
        EvidenceItem e;
        e.incidentId = incident;
        e.kind = EvidenceKind::File;
        e.description = QStringLiteral("sshd auth log");
        e.source = QStringLiteral("fs01:/var/log/auth.log");
        e.imagePath = addedFile;
        e.sizeBytes = QFileInfo(addedFile).size();
        e.md5 = fileHash(addedFile, QCryptographicHash::Md5);
        e.sha1 = fileHash(addedFile, QCryptographicHash::Sha1);
        e.sha256 = fileHash(addedFile, QCryptographicHash::Sha256);
        e.examiner = QStringLiteral("ada");
        e.details = QJsonObject{{QStringLiteral("format"), QStringLiteral("file")}};
        if (auto r = (*store)->registerEvidence(e); !r) {
            error = r.error().message;
            return false;
        }
        store->reset();

        // An E01 set of three segments, acquired by firebreak-cli through libewf.
        QFile usb(path(QStringLiteral("usb.bin")));
        if (!usb.open(QIODevice::WriteOnly))
            return false;
        for (int i = 0; i < 20; ++i) {
            gen.fillRange(reinterpret_cast<quint32 *>(block.data()), block.size() / 4);
            usb.write(block);
        }
        usb.close();
        e01Sha256 = fileHash(usb.fileName(), QCryptographicHash::Sha256);
        auto e01 = cli({QStringLiteral("image"), QStringLiteral("--source"), usb.fileName(), QStringLiteral("--dest"),
                        path(QStringLiteral("images/usb")), QStringLiteral("--format"), QStringLiteral("e01"),
                        QStringLiteral("--segment-size"), QStringLiteral("8M"), QStringLiteral("--incident"), incident,
                        QStringLiteral("--description"), QStringLiteral("USB stick")});
        if (e01.exitCode != 0)
            return fail(QStringLiteral("image --format e01"), e01);

        examinerKey = path(QStringLiteral("examiner-key.pem"));
        examinerCert = path(QStringLiteral("examiner-cert.pem"));
        otherKey = path(QStringLiteral("other-key.pem"));
        otherCert = path(QStringLiteral("other-cert.pem"));
        recipientKey = path(QStringLiteral("police-key.pem"));
        recipientCert = path(QStringLiteral("police-cert.pem"));
        return keygen(examinerKey, examinerCert, QStringLiteral("Ada Moreau"), QStringLiteral("rsa3072")) &&
               keygen(otherKey, otherCert, QStringLiteral("Mallory"), QStringLiteral("p256")) &&
               keygen(recipientKey, recipientCert, QStringLiteral("OFAC evidence desk"), QStringLiteral("p256"));
    }

    QStringList signArgs() const
    {
        return {QStringLiteral("--sign-key"),        examinerKey, QStringLiteral("--sign-cert"), examinerCert,
                QStringLiteral("--passphrase-file"), passFile};
    }

    ProcessResult exportTo(const QString &out, const QStringList &extra) const
    {
        return cli(QStringList{QStringLiteral("archive"), QStringLiteral("export"), incident, QStringLiteral("--out"),
                               out, QStringLiteral("--recipient"), QStringLiteral("OFAC, Lt. Martin, PV 2026/1142")} +
                   extra);
    }
};

} // namespace firebreak::archivetest
