#include "CliSupport.h"
#include "Passphrase.h"

#include "forensics/crypto/AuditCheckpoints.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <QJsonArray>
#include <QJsonDocument>

namespace firebreak::cli {

namespace {

int auditVerify(Context &ctx, const QCommandLineParser &p)
{
    CaseStore *store = ctx.store();
    if (!store)
        return Failed;
    auto verdict = store->verifyAudit();
    if (!verdict)
        return ctx.fail(verdict.error());
    // Signed checkpoints: the stored ones, and an exported one if given.
    auto stored = checkpoints::verifyStored(*store);
    if (!stored)
        return ctx.fail(stored.error());
    CheckpointVerdict cp = *stored;
    // --anchor is the name in the docs; --against (an alias) stays for older scripts.
    const QString anchor = p.value(QStringLiteral("anchor"));
    if (!anchor.isEmpty()) {
        QFile f(anchor);
        if (!f.open(QIODevice::ReadOnly))
            return ctx.fail(
                Error::failed(QStringLiteral("cannot read checkpoint %1: %2").arg(f.fileName(), f.errorString())));
        auto exported = checkpoints::verifyExported(*store, f.readAll(), f.fileName());
        if (!exported)
            return ctx.fail(exported.error());
        cp.ok = cp.ok && exported->ok;
        cp.checked += exported->checked;
        cp.problems += exported->problems;
        cp.coveredEntries = std::max(cp.coveredEntries, exported->coveredEntries);
    }
    const bool allGood = verdict->intact() && cp.ok;
    // Not a broken chain by itself, but nobody drops these by accident.
    const QStringList dropped = store->missingSafeguards();
    for (const QString &d : dropped)
        ctx.err() << "firebreak-cli: warning: " << store->path() << ": the " << d
                  << " that Firebreak created is missing (removed with another tool); the hash chain above is what "
                     "shows whether rows were changed"
                  << Qt::endl;
    if (p.isSet(QStringLiteral("json"))) {
        QJsonObject o{{QStringLiteral("store"), store->path()},
                      {QStringLiteral("intact"), verdict->intact()},
                      {QStringLiteral("entries"), verdict->entries},
                      {QStringLiteral("head_hash"), verdict->headHash},
                      {QStringLiteral("first_bad_seq"), verdict->firstBadSeq},
                      {QStringLiteral("problems"), QJsonArray::fromStringList(verdict->problems)},
                      {QStringLiteral("checkpoints_ok"), cp.ok},
                      {QStringLiteral("checkpoints_checked"), cp.checked},
                      {QStringLiteral("checkpoint_problems"), QJsonArray::fromStringList(cp.problems)},
                      {QStringLiteral("missing_safeguards"), QJsonArray::fromStringList(dropped)}};
        ctx.out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    } else if (allGood) {
        ctx.out() << "OK: " << verdict->summary() << Qt::endl;
        ctx.out() << "store: " << store->path() << Qt::endl;
        ctx.out() << "head:  " << verdict->headHash << Qt::endl;
        ctx.out() << "checkpoints: "
                  << (cp.checked ? cp.summary() : QStringLiteral("none yet (firebreak-cli audit checkpoint)"))
                  << Qt::endl;
    } else {
        ctx.err() << "FAILED: " << (verdict->intact() ? cp.summary() : verdict->summary()) << Qt::endl;
        ctx.err() << "store: " << store->path() << Qt::endl;
        for (const QString &problem : verdict->problems + cp.problems)
            ctx.err() << "  " << problem << Qt::endl;
    }
    ctx.out().flush();
    return allGood ? Ok : Failed;
}

int auditLog(Context &ctx, const QCommandLineParser &p)
{
    const QString id = p.positionalArguments().value(0);
    if (const QString problem = incidentIdProblem(id); !id.isEmpty() && !problem.isEmpty())
        return ctx.usage(problem);
    CaseStore *store = ctx.store();
    if (!store)
        return Failed;
    auto entries = store->auditLog(id);
    if (!entries)
        return ctx.fail(entries.error());
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray arr;
        for (const AuditEntry &e : *entries)
            arr.append(audit::entryJson(e));
        ctx.out() << QString::fromUtf8(QJsonDocument(arr).toJson(QJsonDocument::Indented));
        return Ok;
    }
    if (entries->isEmpty()) {
        ctx.out() << "No audit entries" << (id.isEmpty() ? QString() : QStringLiteral(" for ") + id) << "." << Qt::endl;
        return Ok;
    }
    // A team store's entries also name the database login that wrote
    // them (the actor is what the client said; the login is what the
    // server checked). SQLite entries have none: no column then.
    qsizetype loginWidth = 0;
    for (const AuditEntry &e : *entries)
        loginWidth = std::max(loginWidth, e.dbUser.size());
    if (loginWidth > 0)
        loginWidth = std::max<qsizetype>(loginWidth, 8);
    for (const AuditEntry &e : *entries) {
        const QString login = loginWidth == 0
                                  ? QString()
                                  : QStringLiteral("%1  ").arg(e.dbUser.isEmpty() ? QStringLiteral("-") : e.dbUser,
                                                               -static_cast<int>(loginWidth));
        ctx.out() << QStringLiteral("%1  %2  %3  %4%5  %6  %7")
                         .arg(e.seq, 6)
                         .arg(toIsoUtc(e.at))
                         .arg(e.actor, -12)
                         .arg(login)
                         .arg(e.action, -18)
                         .arg(e.object)
                         .arg(e.entryHash.left(12))
                  << Qt::endl;
    }
    return Ok;
}

QString keyPathOf(const QCommandLineParser &p)
{
    return p.isSet(QStringLiteral("key")) ? p.value(QStringLiteral("key")) : checkpoints::defaultKeyPath();
}

PassphraseSource auditKeySource(const QCommandLineParser &p)
{
    return {p.value(QStringLiteral("passphrase-file")), "FIREBREAK_AUDIT_KEY_PASSPHRASE"};
}

QString publicKeyPath(const QString &keyPath)
{
    return keyPath + QStringLiteral(".pub");
}

// The installation's key: loaded, or created (asking the passphrase twice)
// when this is the first checkpoint ever signed here.
Result<Ed25519Key> openSigningKey(Context &ctx, const QCommandLineParser &p, const QString &keyPath)
{
    const bool exists = QFileInfo::exists(keyPath);
    auto pass = readPassphrase(auditKeySource(p), QStringLiteral("audit signing key %1").arg(keyPath), !exists);
    if (!pass)
        return pass.error();
    if (exists)
        return checkpoints::loadKey(keyPath, *pass);
    auto key = checkpoints::createKey(keyPath, *pass);
    if (key) {
        QSaveFile pub(publicKeyPath(keyPath));
        if (pub.open(QIODevice::WriteOnly) && pub.write(key->publicKeyPem()) >= 0)
            (void)pub.commit();
        ctx.err() << "created the audit signing key " << keyPath << " (fingerprint " << key->fingerprint() << ")"
                  << Qt::endl;
    }
    return key;
}

int writeExport(Context &ctx, const AuditCheckpoint &c, const QString &path)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(checkpoints::exportJson(c)) < 0 || !f.commit())
        return ctx.fail(Error::failed(QStringLiteral("checkpoint %1 was stored, but exporting it to %2 failed: %3")
                                          .arg(c.number)
                                          .arg(f.fileName(), f.errorString())));
    ctx.out() << "exported to " << f.fileName() << ": keep it off this machine (audit verify --anchor FILE)"
              << Qt::endl;
    return Ok;
}

int signHead(Context &ctx, const QCommandLineParser &p, const QString &exportTo)
{
    CaseStore *store = ctx.store();
    if (!store)
        return Failed;
    const QString keyPath = keyPathOf(p);
    auto key = openSigningKey(ctx, p, keyPath);
    if (!key)
        return ctx.fail(key.error());
    auto c = checkpoints::create(*store, *key);
    if (!c)
        return ctx.fail(c.error());
    ctx.out() << "checkpoint " << c->number << ": " << c->entries << " entries, head " << c->headHash << Qt::endl;
    ctx.out() << "signed with key " << c->keyFingerprint.left(16) << " (" << keyPath << ")" << Qt::endl;
    return exportTo.isEmpty() ? Ok : writeExport(ctx, *c, exportTo);
}

int auditCheckpoint(Context &ctx, const QCommandLineParser &p)
{
    return signHead(ctx, p, p.value(QStringLiteral("export")));
}

// `audit checkpoint export FILE`: signs the head as it is now (an export is
// always a fresh checkpoint) and writes it out for safekeeping elsewhere.
int auditCheckpointExport(Context &ctx, const QCommandLineParser &p)
{
    const QString file = p.positionalArguments().value(0);
    if (file.isEmpty() || p.positionalArguments().size() > 1)
        return ctx.usage(QStringLiteral("audit checkpoint export needs exactly one FILE"));
    return signHead(ctx, p, file);
}

int auditKeyInit(Context &ctx, const QCommandLineParser &p)
{
    const QString keyPath = keyPathOf(p);
    if (QFileInfo::exists(keyPath))
        return ctx.fail(
            Error{Error::Kind::Conflict,
                  QStringLiteral("the audit signing key %1 already exists; it was left as it is").arg(keyPath)});
    auto key = openSigningKey(ctx, p, keyPath);
    if (!key)
        return ctx.fail(key.error());
    ctx.out() << "key:         " << keyPath << " (Ed25519, PKCS#8, AES-256, passphrase-protected, mode 0600)"
              << Qt::endl;
    ctx.out() << "public key:  " << publicKeyPath(keyPath) << Qt::endl;
    ctx.out() << "fingerprint: " << key->fingerprint() << Qt::endl;
    ctx.out() << "Write the fingerprint down somewhere other than this laptop: it identifies every checkpoint "
                 "this installation signs."
              << Qt::endl;
    return Ok;
}

int auditKeyShow(Context &ctx, const QCommandLineParser &p)
{
    const QString keyPath = keyPathOf(p);
    if (!QFileInfo::exists(keyPath))
        return ctx.fail(Error::notFound(
            QStringLiteral("there is no audit signing key at %1 yet (firebreak-cli audit key init)").arg(keyPath)));
    auto isProtected = Ed25519Key::isProtectedFile(keyPath);
    if (!isProtected)
        return ctx.fail(isProtected.error());
    ctx.out() << "key:         " << keyPath << (*isProtected ? " (passphrase-protected)" : " (NOT protected)")
              << Qt::endl;
    QFile pub(publicKeyPath(keyPath));
    if (pub.open(QIODevice::ReadOnly)) {
        auto fp = Ed25519Key::fingerprintOf(pub.readAll());
        ctx.out() << "fingerprint: " << (fp ? *fp : fp.error().message) << Qt::endl;
    }
    return Ok;
}

} // namespace

QList<Command> auditCommands()
{
    const QCommandLineOption json = jsonOption("Print JSON instead of text.");
    const auto keyOpts = [](QCommandLineParser &p) {
        p.addOption(QCommandLineOption(QStringLiteral("key"),
                                       QStringLiteral("Signing key (default: this installation's, in app data)."),
                                       QStringLiteral("PEM")));
        p.addOption(QCommandLineOption(
            QStringLiteral("passphrase-file"),
            QStringLiteral(
                "Read the key's passphrase from FILE (else $FIREBREAK_AUDIT_KEY_PASSPHRASE, else a prompt)."),
            QStringLiteral("FILE")));
    };
    return {
        {{QStringLiteral("audit"), QStringLiteral("verify")},
         QStringLiteral("[--anchor FILE] [--json]"),
         QStringLiteral("Walk the audit hash chain and its signed checkpoints; exit 1 naming the first bad seq."),
         [json](QCommandLineParser &p) {
             p.addOption(json);
             p.addOption(QCommandLineOption(
                 {QStringLiteral("anchor"), QStringLiteral("against")},
                 QStringLiteral("Also check a checkpoint exported earlier: proves its head is still in the log "
                                "(finds a deleted tail)."),
                 QStringLiteral("FILE")));
         },
         auditVerify},
        {{QStringLiteral("audit"), QStringLiteral("checkpoint")},
         QStringLiteral("[--export FILE] [--key PEM] [--passphrase-file FILE]"),
         QStringLiteral("Sign the current chain head (Ed25519) and optionally export it to keep elsewhere."),
         [keyOpts](QCommandLineParser &p) {
             p.addOption(QCommandLineOption(QStringLiteral("export"),
                                            QStringLiteral("Write the signed checkpoint here."),
                                            QStringLiteral("FILE")));
             keyOpts(p);
         },
         auditCheckpoint},
        {{QStringLiteral("audit"), QStringLiteral("checkpoint"), QStringLiteral("export")},
         QStringLiteral("FILE [--key PEM] [--passphrase-file FILE]"),
         QStringLiteral("Sign the head now and write it to FILE, for safekeeping off this machine."),
         [keyOpts](QCommandLineParser &p) {
             p.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Where to write the checkpoint (JSON)."));
             keyOpts(p);
         },
         auditCheckpointExport},
        {{QStringLiteral("audit"), QStringLiteral("key"), QStringLiteral("init")},
         QStringLiteral("[--key PEM] [--passphrase-file FILE]"),
         QStringLiteral("Create this installation's checkpoint signing key (passphrase-protected)."),
         keyOpts,
         auditKeyInit},
        {{QStringLiteral("audit"), QStringLiteral("key"), QStringLiteral("show")},
         QStringLiteral("[--key PEM]"),
         QStringLiteral("Show the signing key's path, protection and fingerprint."),
         keyOpts,
         auditKeyShow},
        {{QStringLiteral("audit"), QStringLiteral("log")},
         QStringLiteral("[ID] [--json]"),
         QStringLiteral("Print the audit trail, of one incident or the whole store."),
         [json](QCommandLineParser &p) {
             p.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("Incident id (optional)."),
                                     QStringLiteral("[ID]"));
             p.addOption(json);
         },
         auditLog},
    };
}

} // namespace firebreak::cli
