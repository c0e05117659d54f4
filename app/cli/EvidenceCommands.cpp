// `firebreak-cli evidence ...`: the evidence register of an incident. Files
// are added (hashed in one pass), any item is re-hashed on demand, and each
// hand-over or examination goes into the chain of custody. Every change is
// audited by the services underneath.

#include "CliSupport.h"
#include "model/RecordJson.h"

#include "forensics/evidence/EvidenceFiles.h"
#include "forensics/imaging/ByteSize.h"
#include "model/evidence/AcquisitionService.h"
#include "model/evidence/CustodyHolder.h"
#include "model/evidence/EvidenceService.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

#include <unistd.h>

namespace firebreak::cli {

namespace {

QString val(const QCommandLineParser &p, const char *name)
{
    return p.value(QLatin1String(name));
}

// "2026-11-23 03:10 CET (02:10 UTC)": the zone the time was given in, and UTC.
QString zoned(const QDateTime &utc, const QString &zone)
{
    if (!utc.isValid())
        return QStringLiteral("-");
    const QTimeZone tz(zone.toUtf8());
    const QString u = utc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
    // Etc/UTC, GMT and the like: UTC once is enough.
    if (zone.isEmpty() || !tz.isValid() || (tz.offsetFromUtc(utc) == 0 && !tz.hasDaylightTime()))
        return u;
    return QStringLiteral("%1 %2 (%3)")
        .arg(utc.toTimeZone(tz).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), zone, u);
}

QString verificationLabel(Verification v)
{
    switch (v) {
    case Verification::NotVerified: return QStringLiteral("not verified");
    case Verification::Verified: return QStringLiteral("verified");
    case Verification::Mismatch: return QStringLiteral("!! MISMATCH !!");
    case Verification::Failed: return QStringLiteral("!! FAILED !!");
    }
    return {};
}

// Progress of a long hash on stderr: redrawn in place on a terminal, one
// line a second otherwise (--progress into a log file).
class ProgressPrinter {
public:
    ProgressPrinter(Context &ctx, bool enabled, QString what)
        : m_ctx(ctx), m_enabled(enabled), m_tty(::isatty(STDERR_FILENO) == 1), m_what(std::move(what))
    {
        m_timer.start();
    }
    ~ProgressPrinter() { done(); }
    ByteProgress handler()
    {
        if (!m_enabled)
            return {};
        return [this](qint64 done, qint64 total) { print(done, total, false); };
    }
    void done()
    {
        if (m_enabled && m_last >= 0 && !m_finished)
            print(m_last, m_total, true);
        if (m_tty && m_width > 0)
            m_ctx.err() << Qt::endl;
        m_finished = true;
        m_width = 0;
    }

private:
    void print(qint64 done, qint64 total, bool force)
    {
        m_last = done;
        m_total = total;
        if (!m_tty && !force && m_timer.elapsed() - m_printedAt < 1000)
            return;
        m_printedAt = m_timer.elapsed();
        const double secs = std::max<double>(0.001, double(m_timer.elapsed()) / 1000.0);
        const double pct = total > 0 ? 100.0 * double(done) / double(total) : 100.0;
        const QString line = QStringLiteral("%1  %2 / %3  %4%  %5 MB/s")
                                 .arg(m_what, formatBytes(done), formatBytes(total))
                                 .arg(pct, 5, 'f', 1)
                                 .arg(double(done) / secs / 1e6, 6, 'f', 1);
        if (m_tty) {
            m_ctx.err() << '\r' << line << QString(std::max<qsizetype>(0, m_width - line.size()), QLatin1Char(' '));
            m_width = line.size();
        } else {
            m_ctx.err() << line << '\n';
        }
        m_ctx.err().flush();
    }

    Context &m_ctx;
    bool m_enabled, m_tty;
    QString m_what;
    QElapsedTimer m_timer;
    qint64 m_printedAt = -1000, m_last = -1, m_total = 0;
    qsizetype m_width = 0;
    bool m_finished = false;
};

bool wantProgress(const QCommandLineParser &p)
{
    return p.isSet(QStringLiteral("progress")) || ::isatty(STDERR_FILENO) == 1;
}

// The incident id (first positional), checked for shape before the store
// is opened: a typo is a usage error (2), an unknown id a failure (1).
CaseStore *prepare(Context &ctx, const QCommandLineParser &p, int needed, int &rc)
{
    const QStringList args = p.positionalArguments();
    if (args.isEmpty() || !isIncidentId(args.first())) {
        rc = ctx.usage(args.isEmpty() ? QStringLiteral("an incident id is required (e.g. INC-2026-0001)")
                                      : incidentIdProblem(args.first()));
        return nullptr;
    }
    if (args.size() < needed) {
        rc = ctx.usage(QStringLiteral("an evidence number is required after the incident id (e.g. E-001)"));
        return nullptr;
    }
    if (args.size() > needed) {
        rc = ctx.usage(QStringLiteral("unexpected argument '%1'").arg(args.at(needed)));
        return nullptr;
    }
    CaseStore *store = ctx.store();
    if (!store)
        rc = Failed;
    return store;
}

// --zone (default: this machine's zone) and --at read in that zone when it
// carries no offset, so "--at 2026-11-23T09:00 --zone Europe/Paris" means
// Paris wall-clock time wherever the command runs.
bool zoneAndInstant(Context &ctx, const QCommandLineParser &p, const char *atName, QDateTime &at, QString &zone,
                    int &rc)
{
    zone = p.isSet(QStringLiteral("zone")) ? val(p, "zone") : QString::fromUtf8(QTimeZone::systemTimeZoneId());
    const QTimeZone tz(zone.toUtf8());
    if (!tz.isValid()) {
        rc = ctx.usage(QStringLiteral("--zone '%1' is not an IANA time zone like Europe/Paris").arg(zone));
        return false;
    }
    if (!p.isSet(QLatin1String(atName)))
        return true;
    const QString text = val(p, atName).trimmed();
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid()) {
        rc = ctx.usage(QStringLiteral("--%1 '%2' is not an ISO-8601 time (e.g. 2026-11-23T09:30 or "
                                      "2026-11-23T09:30:00+01:00)")
                           .arg(QLatin1String(atName), text));
        return false;
    }
    if (t.timeSpec() == Qt::LocalTime)
        t.setTimeZone(tz);
    else if (!p.isSet(QStringLiteral("zone")) && t.timeSpec() == Qt::OffsetFromUTC)
        // "09:17:00-05:00" without --zone: the time was given at UTC-05:00,
        // not in this machine's zone; keep that (as a fixed-offset zone).
        zone = QString::fromUtf8(QTimeZone(t.offsetFromUtc()).id());
    at = t.toUTC();
    return true;
}

int evidenceAdd(Context &ctx, const QCommandLineParser &p)
{
    int rc = Ok;
    const QStringList args = p.positionalArguments();
    if (args.size() >= 1 && isIncidentId(args.first()) && args.size() < 2)
        return ctx.usage(QStringLiteral("the file to add is required (evidence add ID FILE --description TEXT)"));
    if (!p.isSet(QStringLiteral("description")) || val(p, "description").trimmed().isEmpty())
        return ctx.usage(QStringLiteral("--description is required: what the item is and why it matters"));
    FileEvidenceRequest r;
    if (!zoneAndInstant(ctx, p, "collected-at", r.collectedAt, r.collectedZone, rc))
        return rc;
    CaseStore *store = prepare(ctx, p, 2, rc);
    if (!store)
        return rc;
    r.incidentId = args.at(0);
    r.path = args.at(1);
    r.description = val(p, "description");
    r.source = val(p, "source");
    r.evidenceNumber = val(p, "number");
    r.collectedBy = val(p, "collected-by");
    r.storageLocation = val(p, "storage");
    r.volatility = val(p, "volatility");
    r.system = val(p, "system");

    CancelToken cancel;
    ProgressPrinter progress(ctx, wantProgress(p), QStringLiteral("hashing %1").arg(r.path));
    // Ctrl-C cancels the hashing cleanly: nothing is registered or recorded.
    auto added = [&] {
        StopGuard guard(&cancel);
        return addFileEvidence(*store, r, progress.handler(), cancel);
    }();
    progress.done();
    if (!added)
        return ctx.fail(added.error());
    if (p.isSet(QStringLiteral("json"))) {
        printJson(ctx, cliRecord(recordjson::evidenceItem(*added)));
    } else {
        ctx.out() << added->evidenceNumber << Qt::endl;
        ctx.out() << QStringLiteral("md5     %1\nsha1    %2\nsha256  %3").arg(added->md5, added->sha1, added->sha256)
                  << Qt::endl;
    }
    ctx.err() << "registered " << added->imagePath << " (" << added->sizeBytes << " bytes) as evidence "
              << added->evidenceNumber << " of " << added->incidentId << Qt::endl;
    return Ok;
}

int evidenceList(Context &ctx, const QCommandLineParser &p)
{
    int rc = Ok;
    CaseStore *store = prepare(ctx, p, 1, rc);
    if (!store)
        return rc;
    const QString id = p.positionalArguments().first();
    if (auto inc = store->incident(id); !inc)
        return ctx.fail(inc.error());
    auto items = store->evidence(id);
    if (!items)
        return ctx.fail(items.error());
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray arr;
        for (const EvidenceItem &e : *items)
            arr.append(cliRecord(recordjson::evidenceItem(e)));
        printJson(ctx, arr);
        return Ok;
    }
    QTextStream &out = ctx.out();
    // Acquisitions that never finished are not in the register (only
    // complete images are), but a reader of the register must see them.
    auto interrupted = AcquisitionService(*store).interrupted(id);
    if (!interrupted)
        return ctx.fail(interrupted.error());
    const auto showInterrupted = [&] {
        if (interrupted->isEmpty())
            return;
        out << "\nINTERRUPTED acquisitions (never finished; the images are incomplete):" << Qt::endl;
        for (const AcquisitionRecord &a : *interrupted)
            out << QStringLiteral("  %1  INTERRUPTED  %2 -> %3, started %4 by %5 on %6; log %7")
                       .arg(a.evidenceNumber, -8)
                       .arg(a.source, a.workPath, zoned(a.startedAt, {}), a.examiner, a.process.host, a.logPath)
                << Qt::endl;
        for (const AcquisitionRecord &a : *interrupted)
            ctx.err() << "firebreak-cli: WARNING: " << interruptedNotice(a) << Qt::endl;
    };
    if (items->isEmpty()) {
        out << "No evidence yet for " << id << ". Add a file with `firebreak-cli evidence add " << id
            << " FILE --description TEXT`, or acquire an image with `firebreak-cli image --incident " << id << "`."
            << Qt::endl;
        showInterrupted();
        return Ok;
    }
    out << QStringLiteral("%1  %2  %3  %4  %5  %6")
               .arg(QStringLiteral("NUMBER"), -8)
               .arg(QStringLiteral("KIND"), -5)
               .arg(QStringLiteral("DESCRIPTION"), -32)
               .arg(QStringLiteral("SIZE"), 11)
               .arg(QStringLiteral("SHA-256"), -17)
               .arg(QStringLiteral("LAST VERIFICATION"))
        << Qt::endl;
    QStringList alarming;
    for (const EvidenceItem &e : *items) {
        QString desc = e.description;
        if (desc.size() > 32)
            desc = desc.left(31) + QChar(0x2026);
        const QString hash = e.sha256.isEmpty() ? QStringLiteral("-") : e.sha256.left(16) + QChar(0x2026);
        out << QStringLiteral("%1  %2  %3  %4  %5  %6")
                   .arg(e.evidenceNumber, -8)
                   .arg(evidenceKindKey(e.kind), -5)
                   .arg(desc, -32)
                   .arg(formatBytes(e.sizeBytes), 11)
                   .arg(hash, -17)
                   .arg(verificationLabel(e.verification))
            << Qt::endl;
        if (e.verification == Verification::Mismatch || e.verification == Verification::Failed)
            alarming << e.evidenceNumber;
    }
    showInterrupted();
    if (!alarming.isEmpty())
        ctx.err() << "firebreak-cli: WARNING: " << alarming.join(QStringLiteral(", "))
                  << " did not pass the last verification; see `firebreak-cli evidence show " << id << " "
                  << alarming.first() << "`" << Qt::endl;
    return Ok;
}

int evidenceShow(Context &ctx, const QCommandLineParser &p)
{
    int rc = Ok;
    CaseStore *store = prepare(ctx, p, 2, rc);
    if (!store)
        return rc;
    const QString id = p.positionalArguments().at(0), number = p.positionalArguments().at(1);
    EvidenceService svc(*store);
    auto item = svc.item(id, number);
    if (!item)
        return ctx.fail(item.error());
    auto chain = svc.custody(id, number);
    auto checks = svc.verifications(id, number);
    if (!chain)
        return ctx.fail(chain.error());
    if (!checks)
        return ctx.fail(checks.error());
    const EvidenceItem &e = *item;
    if (p.isSet(QStringLiteral("json"))) {
        QJsonObject o = cliRecord(recordjson::evidenceItem(e));
        QJsonArray c, v;
        for (const CustodyEvent &x : *chain)
            c.append(cliRecord(recordjson::custodyEvent(x)));
        for (const VerificationEvent &x : *checks)
            v.append(cliRecord(recordjson::verificationEvent(x)));
        o.insert(QStringLiteral("custody"), c);
        o.insert(QStringLiteral("verifications"), v);
        printJson(ctx, o);
        return Ok;
    }
    QTextStream &out = ctx.out();
    auto line = [&](const char *label, const QString &value) {
        out << QStringLiteral("%1 %2")
                   .arg(QLatin1String(label) + QLatin1Char(':'), -18)
                   .arg(value.isEmpty() ? QStringLiteral("-") : value)
            << Qt::endl;
    };
    out << e.evidenceNumber << " of " << e.incidentId << ": " << e.description << Qt::endl;
    const QString format = e.details.value(QStringLiteral("format")).toString();
    line("Kind", format.isEmpty() || format == evidenceKindKey(e.kind)
                     ? evidenceKindKey(e.kind)
                     : QStringLiteral("%1 (%2)").arg(evidenceKindKey(e.kind), format));
    line("Source", e.source);
    line("Path", e.imagePath);
    line("Size", QStringLiteral("%1 (%2 bytes)").arg(formatBytes(e.sizeBytes)).arg(e.sizeBytes));
    line("MD5", e.md5);
    line("SHA-1", e.sha1);
    line("SHA-256", e.sha256);
    line("Verification", verificationLabel(e.verification));
    line("Collected by", e.examiner);
    line("Collected at", zoned(e.collectedAt, e.collectedZone));
    line("Storage", e.storageLocation);
    line("Volatility", e.volatility);
    line("System", e.system.isEmpty()
                       ? QString()
                       : QStringLiteral("%1%2").arg(e.system, isSystemDiskImage(e)
                                                                  ? QStringLiteral(" (disk image of this system)")
                                                                  : QString()));
    line("Registered", zoned(e.registeredAt, e.collectedZone));
    if (e.details.contains(QStringLiteral("file_mtime_utc")))
        line("File modified",
             zoned(fromIsoUtc(e.details.value(QStringLiteral("file_mtime_utc")).toString()), e.collectedZone));
    const QJsonArray segs = e.details.value(QStringLiteral("segments")).toArray();
    if (segs.size() > 1)
        line("Segments", QStringLiteral("%1, %2 ... %3")
                             .arg(segs.size())
                             .arg(segs.first().toObject().value(QStringLiteral("path")).toString(),
                                  segs.last().toObject().value(QStringLiteral("path")).toString()));

    out << "\nChain of custody:" << Qt::endl;
    int n = 0;
    for (const CustodyEvent &c : *chain) {
        out << QStringLiteral("  %1. %2  %3").arg(++n).arg(zoned(c.at, c.zone), c.action.toUpper()) << Qt::endl;
        QStringList parts;
        if (!c.fromParty.isEmpty())
            parts << QStringLiteral("from %1").arg(c.fromParty);
        if (!c.toParty.isEmpty())
            parts << QStringLiteral("to %1").arg(c.toParty);
        if (!c.purpose.isEmpty())
            parts << QStringLiteral("purpose: %1").arg(c.purpose);
        if (!c.location.isEmpty())
            parts << QStringLiteral("at %1").arg(c.location);
        if (!c.method.isEmpty())
            parts << QStringLiteral("method: %1").arg(c.method);
        if (!c.notes.isEmpty())
            parts << QStringLiteral("notes: %1").arg(c.notes);
        if (!c.overrideReason.isEmpty())
            parts << QStringLiteral("recorded although the giver did not hold it: %1").arg(c.overrideReason);
        if (!parts.isEmpty())
            out << "     " << parts.join(QStringLiteral("; ")) << Qt::endl;
        out << "     recorded by " << c.recordedBy << Qt::endl;
    }
    if (const CustodyHolder h = holderOf(*chain); !h.party.isEmpty())
        out << "  Held by " << h.party << " (since " << zoned(h.by.at, h.by.zone) << ")" << Qt::endl;
    out << "\nVerification history:" << Qt::endl;
    if (checks->isEmpty())
        out << "  never re-verified (verify with `firebreak-cli evidence verify " << id << " " << number << "`)"
            << Qt::endl;
    for (const VerificationEvent &v : *checks) {
        out << QStringLiteral("  %1  %2  by %3")
                   .arg(zoned(v.at, e.collectedZone), verificationLabel(v.result), v.verifiedBy)
            << Qt::endl;
        for (const QString &d : v.details.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            out << "     " << d << Qt::endl;
    }
    return Ok;
}

int evidenceVerify(Context &ctx, const QCommandLineParser &p)
{
    int rc = Ok;
    const bool all = p.isSet(QStringLiteral("all"));
    const int needed = all ? 1 : 2;
    if (all && p.positionalArguments().size() > 1)
        return ctx.usage(QStringLiteral("give either an evidence number or --all, not both"));
    CaseStore *store = prepare(ctx, p, needed, rc);
    if (!store)
        return rc;
    const QString id = p.positionalArguments().first();
    QStringList numbers;
    if (all) {
        if (auto inc = store->incident(id); !inc)
            return ctx.fail(inc.error());
        auto items = store->evidence(id);
        if (!items)
            return ctx.fail(items.error());
        for (const EvidenceItem &e : *items)
            numbers << e.evidenceNumber;
        if (numbers.isEmpty()) {
            ctx.out() << id << " has no evidence to verify" << Qt::endl;
            return Ok;
        }
    } else {
        numbers << p.positionalArguments().at(1);
    }

    CancelToken cancel;
    StopGuard guard(&cancel); // Ctrl-C stops the re-hash; a cancelled check records nothing
    QJsonArray results;
    int bad = 0;
    for (const QString &number : numbers) {
        ProgressPrinter progress(ctx, wantProgress(p), QStringLiteral("verifying %1").arg(number));
        auto check = verifyEvidence(*store, id, number, progress.handler(), cancel);
        progress.done();
        if (!check)
            return ctx.fail(check.error());
        const VerificationEvent &v = check->event;
        if (v.result != Verification::Verified)
            ++bad;
        if (p.isSet(QStringLiteral("json"))) {
            QJsonObject o = cliRecord(recordjson::verificationEvent(v));
            o.insert(QStringLiteral("number"), number);
            QJsonArray findings;
            for (const EvidenceFinding &f : check->findings)
                findings.append(QJsonObject{{QStringLiteral("file"), f.file},
                                            {QStringLiteral("problem"), f.problem},
                                            {QStringLiteral("expected"), f.expected},
                                            {QStringLiteral("actual"), f.actual},
                                            {QStringLiteral("text"), f.text()}});
            o.insert(QStringLiteral("findings"), findings);
            results.append(o);
            continue;
        }
        ctx.out() << QStringLiteral("%1  %2").arg(number, -8).arg(verificationLabel(v.result).toUpper()) << Qt::endl;
        for (const QString &d : v.details.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            ctx.out() << "    " << d << Qt::endl;
    }
    if (p.isSet(QStringLiteral("json")))
        printJson(ctx, results);
    if (bad > 0)
        ctx.err() << "firebreak-cli: " << bad << " of " << numbers.size()
                  << " item(s) did NOT verify; the results are recorded in the verification history" << Qt::endl;
    return bad > 0 ? Failed : Ok;
}

// Shared by transfer and custody: the event from the options.
int recordCustody(Context &ctx, const QCommandLineParser &p, CustodyEvent e)
{
    int rc = Ok;
    CaseStore *store = prepare(ctx, p, 2, rc);
    if (!store)
        return rc;
    if (!zoneAndInstant(ctx, p, "at", e.at, e.zone, rc))
        return rc;
    e.incidentId = p.positionalArguments().at(0);
    e.evidenceNumber = p.positionalArguments().at(1);
    e.purpose = val(p, "purpose");
    e.location = val(p, "location");
    e.method = val(p, "method");
    e.notes = val(p, "notes");
    e.overrideReason = val(p, "override-reason");
    if (p.isSet(QStringLiteral("override-reason")) && e.overrideReason.trimmed().isEmpty())
        return ctx.usage(QStringLiteral("--override-reason needs the reason the entry is recorded although its "
                                        "--from does not hold the item"));
    EvidenceService svc(*store);
    auto recorded = svc.recordCustody(e);
    if (!recorded) {
        if (recorded.error().kind == Error::Kind::Conflict)
            ctx.err() << "firebreak-cli: hint: see who holds it with `firebreak-cli evidence show " << e.incidentId
                      << " " << e.evidenceNumber << "`; to record it anyway add --override-reason \"why\"" << Qt::endl;
        return ctx.fail(recorded.error());
    }
    if (!recorded->overrideReason.isEmpty())
        ctx.err() << "firebreak-cli: recorded although " << recorded->fromParty
                  << " did not hold the item by the chain; reason: " << recorded->overrideReason << Qt::endl;
    if (p.isSet(QStringLiteral("json")))
        printJson(ctx, cliRecord(recordjson::custodyEvent(*recorded)));
    else
        ctx.out() << recorded->evidenceNumber << ": " << recorded->action << " recorded at "
                  << zoned(recorded->at, recorded->zone) << Qt::endl;
    return Ok;
}

int evidenceTransfer(Context &ctx, const QCommandLineParser &p)
{
    for (const char *required : {"from", "to", "purpose"})
        if (val(p, required).trimmed().isEmpty())
            return ctx.usage(QStringLiteral("--%1 is required: a transfer names who handed the item over, who "
                                            "received it and why")
                                 .arg(QLatin1String(required)));
    CustodyEvent e;
    e.action = QStringLiteral("transferred");
    e.fromParty = val(p, "from");
    e.toParty = val(p, "to");
    return recordCustody(ctx, p, e);
}

int evidenceCustody(Context &ctx, const QCommandLineParser &p)
{
    const QString action = val(p, "action");
    const QStringList allowed{QStringLiteral("examined"), QStringLiteral("stored"), QStringLiteral("returned"),
                              QStringLiteral("released")};
    if (action == QLatin1String("transferred"))
        return ctx.usage(QStringLiteral("record a transfer with `firebreak-cli evidence transfer` (it needs --from, "
                                        "--to and --purpose)"));
    if (!allowed.contains(action))
        return ctx.usage(QStringLiteral("--action '%1' is not one of %2 (collection is recorded when the item is "
                                        "added)")
                             .arg(action, allowed.join(QStringLiteral(", "))));
    CustodyEvent e;
    e.action = action;
    e.fromParty = val(p, "from");
    // Who examined, stored, received or released it: --by, else --to, else you.
    e.toParty = p.isSet(QStringLiteral("by"))   ? val(p, "by")
                : p.isSet(QStringLiteral("to")) ? val(p, "to")
                                                : ctx.actor();
    return recordCustody(ctx, p, e);
}

int evidenceLinkSystem(Context &ctx, const QCommandLineParser &p)
{
    if (!p.isSet(QStringLiteral("system")) && !p.isSet(QStringLiteral("none")))
        return ctx.usage(QStringLiteral("name the system with --system HOST (a hostname listed in the incident), or "
                                        "--none to unlink"));
    if (p.isSet(QStringLiteral("system")) && p.isSet(QStringLiteral("none")))
        return ctx.usage(QStringLiteral("--system and --none exclude each other"));
    if (p.isSet(QStringLiteral("system")) && val(p, "system").trimmed().isEmpty())
        return ctx.usage(QStringLiteral("--system needs a hostname; use --none to unlink"));
    int rc = Ok;
    CaseStore *store = prepare(ctx, p, 2, rc);
    if (!store)
        return rc;
    EvidenceService svc(*store);
    auto linked = svc.linkSystem(p.positionalArguments().at(0), p.positionalArguments().at(1), val(p, "system"));
    if (!linked)
        return ctx.fail(linked.error());
    if (p.isSet(QStringLiteral("json")))
        printJson(ctx, cliRecord(recordjson::evidenceItem(*linked)));
    else if (linked->system.isEmpty())
        ctx.out() << linked->evidenceNumber << ": taken from no listed system" << Qt::endl;
    else
        ctx.out() << linked->evidenceNumber << ": taken from " << linked->system
                  << (isSystemDiskImage(*linked) ? " (a disk image of it)" : "") << Qt::endl;
    return Ok;
}

void numberArgs(QCommandLineParser &p)
{
    p.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("Incident id."));
    p.addPositionalArgument(QStringLiteral("NUMBER"), QStringLiteral("Evidence number, e.g. E-001."));
}

void custodyOptions(QCommandLineParser &p)
{
    p.addOption(opt("at", "When (ISO-8601; without an offset it is read in --zone; default now).", "TIME"));
    p.addOption(opt("zone", "IANA time zone of --at (default: this machine's zone).", "ZONE"));
    p.addOption(opt("location", "Where it happened / where the item is now.", "TEXT"));
    p.addOption(opt("method", "How: hand delivery, courier and shipping number...", "TEXT"));
    p.addOption(opt("notes", "Free notes.", "TEXT"));
    p.addOption(opt("override-reason",
                    "Record it although --from does not hold the item by its chain of custody, and why.", "TEXT"));
    p.addOption(jsonOption("Print the recorded entry as JSON."));
}

} // namespace

QList<Command> evidenceCommands()
{
    return {
        {{QStringLiteral("evidence"), QStringLiteral("add")},
         QStringLiteral("ID FILE --description TEXT [--source S] [--number E-NNN] [--collected-by NAME] "
                        "[--collected-at TIME] [--zone ZONE] [--storage LOC] [--system HOST] [--volatility CLASS]"),
         QStringLiteral("Hash a file (MD5, SHA-1, SHA-256) and register it as evidence."),
         [](QCommandLineParser &p) {
             p.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("Incident id."));
             p.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("File to hash and register (not copied)."));
             p.addOption(opt("description", "What the item is (required).", "TEXT"));
             p.addOption(
                 opt("source", "Where it came from: host, original location (default: the file's path).", "TEXT"));
             p.addOption(opt("number", "Evidence number (default: the next E-NNN).", "E-NNN"));
             p.addOption(opt("collected-by", "Name, title, phone of who collected it (default: the actor).", "NAME"));
             p.addOption(opt("collected-at", "When it was collected (ISO-8601, read in --zone; default now).", "TIME"));
             p.addOption(opt("zone", "IANA time zone of the collection (default: this machine's zone).", "ZONE"));
             p.addOption(opt("storage", "Where the item is kept.", "LOCATION"));
             p.addOption(opt("system", "Hostname of the incident's system it was taken from.", "HOST"));
             p.addOption(QCommandLineOption(
                 QStringLiteral("volatility"),
                 QStringLiteral("RFC 3227 class: %1.").arg(volatilityClasses().join(QStringLiteral(", "))),
                 QStringLiteral("CLASS")));
             p.addOption(opt("progress", "Report hashing progress on stderr even when it is not a terminal."));
             p.addOption(jsonOption("Print the registered item as JSON."));
         },
         evidenceAdd},
        {{QStringLiteral("evidence"), QStringLiteral("list")},
         QStringLiteral("ID [--json]"),
         QStringLiteral("List an incident's evidence with hashes and the last verification."),
         [](QCommandLineParser &p) {
             p.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("Incident id."));
             p.addOption(jsonOption("Print JSON instead of a table."));
         },
         evidenceList},
        {{QStringLiteral("evidence"), QStringLiteral("show")},
         QStringLiteral("ID NUMBER [--json]"),
         QStringLiteral("Show an item: facts, hashes, chain of custody, verification history."),
         [](QCommandLineParser &p) {
             numberArgs(p);
             p.addOption(jsonOption("Print JSON instead of text."));
         },
         evidenceShow},
        {{QStringLiteral("evidence"), QStringLiteral("verify")},
         QStringLiteral("ID NUMBER|--all [--json] [--progress]"),
         QStringLiteral("Re-hash items and record the result; exit 0 only if every item verifies."),
         [](QCommandLineParser &p) {
             numberArgs(p);
             p.addOption(opt("all", "Verify every item of the incident."));
             p.addOption(opt("progress", "Report hashing progress on stderr even when it is not a terminal."));
             p.addOption(jsonOption("Print the results as JSON."));
         },
         evidenceVerify},
        {{QStringLiteral("evidence"), QStringLiteral("transfer")},
         QStringLiteral("ID NUMBER --from WHO --to WHO --purpose WHY [--at TIME --zone ZONE] [--location L] "
                        "[--method M] [--notes N]"),
         QStringLiteral("Record a hand-over of an item in its chain of custody."),
         [](QCommandLineParser &p) {
             numberArgs(p);
             p.addOption(opt("from", "Who handed it over (name, title, phone).", "WHO"));
             p.addOption(opt("to", "Who received it (name, title, phone).", "WHO"));
             p.addOption(opt("purpose", "Why (analysis, law enforcement, storage...).", "TEXT"));
             custodyOptions(p);
         },
         evidenceTransfer},
        {{QStringLiteral("evidence"), QStringLiteral("custody")},
         QStringLiteral("ID NUMBER --action examined|stored|returned|released [--by WHO] [--from WHO] [--to WHO] "
                        "[--purpose P] [--location L] [--at TIME --zone ZONE]"),
         QStringLiteral("Record an examination, storage change, return or release."),
         [](QCommandLineParser &p) {
             numberArgs(p);
             p.addOption(opt("action", "examined, stored (needs --location), returned or released.", "ACTION"));
             p.addOption(opt("by", "Who did it (default: the actor).", "WHO"));
             p.addOption(opt("from", "Who gave it (returned/released).", "WHO"));
             p.addOption(opt("to", "Who received it (returned/released).", "WHO"));
             p.addOption(opt("purpose", "Why.", "TEXT"));
             custodyOptions(p);
         },
         evidenceCustody},
        {{QStringLiteral("evidence"), QStringLiteral("link-system")},
         QStringLiteral("ID NUMBER --system HOST|--none [--json]"),
         QStringLiteral("Name the incident's system an item was taken from (or clear it)."),
         [](QCommandLineParser &p) {
             numberArgs(p);
             p.addOption(opt("system", "Hostname of a system listed in the incident.", "HOST"));
             p.addOption(opt("none", "The item comes from no listed system."));
             p.addOption(jsonOption("Print the item as JSON."));
         },
         evidenceLinkSystem},
    };
}

} // namespace firebreak::cli
