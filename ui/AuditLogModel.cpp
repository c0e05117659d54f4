#include "AuditLogModel.h"

#include "Palette.h"
#include "TimeText.h"
#include "model/Incident.h"
#include "model/response/ResponseRecords.h"

#include <QApplication>
#include <QFontDatabase>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStyle>

namespace firebreak::ui {

namespace {

QString valueText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString().isEmpty() ? QStringLiteral("∅") : v.toString();
    if (v.isNull() || v.isUndefined())
        return QStringLiteral("∅");
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    return v.toVariant().toString();
}

// A stored field's name as a reader says it ("performed_by" -> "Performed by");
// an unknown field shows its name with spaces.
QString fieldLabel(const QString &key)
{
    static const std::pair<const char *, const char *> labels[] = {
        {"title", QT_TRANSLATE_NOOP("AuditLogModel", "Title")},
        {"severity", QT_TRANSLATE_NOOP("AuditLogModel", "Severity")},
        {"name", QT_TRANSLATE_NOOP("AuditLogModel", "Name")},
        {"role", QT_TRANSLATE_NOOP("AuditLogModel", "Role")},
        {"hostname", QT_TRANSLATE_NOOP("AuditLogModel", "Host name")},
        {"ip_address", QT_TRANSLATE_NOOP("AuditLogModel", "IP address")},
        {"mac_address", QT_TRANSLATE_NOOP("AuditLogModel", "MAC address")},
        {"at", QT_TRANSLATE_NOOP("AuditLogModel", "At")},
        {"confidence", QT_TRANSLATE_NOOP("AuditLogModel", "Confidence")},
        {"source", QT_TRANSLATE_NOOP("AuditLogModel", "Source")},
        {"text", QT_TRANSLATE_NOOP("AuditLogModel", "Text")},
        {"channel", QT_TRANSLATE_NOOP("AuditLogModel", "Channel")},
        {"law_enforcement", QT_TRANSLATE_NOOP("AuditLogModel", "Law enforcement")},
        {"organisation", QT_TRANSLATE_NOOP("AuditLogModel", "Organisation")},
        {"party_type", QT_TRANSLATE_NOOP("AuditLogModel", "Party")},
        {"person", QT_TRANSLATE_NOOP("AuditLogModel", "Person")},
        {"summary", QT_TRANSLATE_NOOP("AuditLogModel", "Summary")},
        {"case_reference", QT_TRANSLATE_NOOP("AuditLogModel", "Case reference")},
        {"classifications", QT_TRANSLATE_NOOP("AuditLogModel", "Classifications")},
        {"clocks_started", QT_TRANSLATE_NOOP("AuditLogModel", "Clocks started")},
        {"reason", QT_TRANSLATE_NOOP("AuditLogModel", "Reason")},
        {"collected_at", QT_TRANSLATE_NOOP("AuditLogModel", "Collected at")},
        {"collected_utc", QT_TRANSLATE_NOOP("AuditLogModel", "Collected at")},
        {"detected_utc", QT_TRANSLATE_NOOP("AuditLogModel", "Detected at")},
        {"aware_utc", QT_TRANSLATE_NOOP("AuditLogModel", "Aware at")},
        {"collected_zone", QT_TRANSLATE_NOOP("AuditLogModel", "Zone given")},
        {"description", QT_TRANSLATE_NOOP("AuditLogModel", "Description")},
        {"evidence_number", QT_TRANSLATE_NOOP("AuditLogModel", "Evidence no.")},
        {"examiner", QT_TRANSLATE_NOOP("AuditLogModel", "Examiner")},
        {"contact_point", QT_TRANSLATE_NOOP("AuditLogModel", "Contact point")},
        {"nature", QT_TRANSLATE_NOOP("AuditLogModel", "Nature")},
        {"record_categories", QT_TRANSLATE_NOOP("AuditLogModel", "Record categories")},
        {"kind", QT_TRANSLATE_NOOP("AuditLogModel", "Kind")},
        {"performed_at", QT_TRANSLATE_NOOP("AuditLogModel", "Performed at")},
        {"performed_by", QT_TRANSLATE_NOOP("AuditLogModel", "Performed by")},
        {"system", QT_TRANSLATE_NOOP("AuditLogModel", "System")},
        {"verification", QT_TRANSLATE_NOOP("AuditLogModel", "Verification")},
        {"action", QT_TRANSLATE_NOOP("AuditLogModel", "Action")},
        {"due", QT_TRANSLATE_NOOP("AuditLogModel", "Due")},
        {"owner", QT_TRANSLATE_NOOP("AuditLogModel", "Owner")},
        {"state", QT_TRANSLATE_NOOP("AuditLogModel", "State")},
        {"phase", QT_TRANSLATE_NOOP("AuditLogModel", "Phase")},
        {"status", QT_TRANSLATE_NOOP("AuditLogModel", "Status")},
        {"commander", QT_TRANSLATE_NOOP("AuditLogModel", "Commander")},
        {"detection_method", QT_TRANSLATE_NOOP("AuditLogModel", "Detection method")},
        {"five_whys", QT_TRANSLATE_NOOP("AuditLogModel", "Five whys")},
        {"trigger", QT_TRANSLATE_NOOP("AuditLogModel", "Trigger")},
        {"root_cause", QT_TRANSLATE_NOOP("AuditLogModel", "Root cause")},
        {"contributing", QT_TRANSLATE_NOOP("AuditLogModel", "Contributing")},
        {"went_well", QT_TRANSLATE_NOOP("AuditLogModel", "Went well")},
        {"went_wrong", QT_TRANSLATE_NOOP("AuditLogModel", "Went wrong")},
        {"got_lucky", QT_TRANSLATE_NOOP("AuditLogModel", "Got lucky")},
        {"location", QT_TRANSLATE_NOOP("AuditLogModel", "Location")},
        {"contact", QT_TRANSLATE_NOOP("AuditLogModel", "Contact")},
    };
    for (const auto &[k, label] : labels)
        if (key == QLatin1String(k))
            return QCoreApplication::translate("AuditLogModel", label);
    return QString(key).replace(QLatin1Char('_'), QLatin1Char(' '));
}

// A stored key value in the reader's words ("critical" -> "Critical"), by its field.
QString fieldValue(const QString &field, const QString &value)
{
    if (field == QLatin1String("severity"))
        if (const auto s = severityFromKey(value))
            return severityLabel(*s);
    if (field == QLatin1String("phase"))
        if (const auto p = phaseFromKey(value))
            return phaseLabel(*p);
    if (field == QLatin1String("confidence"))
        return timelineConfidenceLabel(value);
    if (field == QLatin1String("party_type"))
        return contactPartyLabel(value);
    if (field == QLatin1String("state"))
        return correctiveStateLabel(value);
    return value;
}

} // namespace

QString AuditLogModel::summarize(const AuditEntry &e)
{
    QStringList parts;
    const QJsonObject changes = e.data.value(QStringLiteral("changes")).toObject();
    if (!changes.isEmpty()) {
        for (auto it = changes.begin(); it != changes.end(); ++it) {
            const QJsonObject c = it.value().toObject();
            parts << tr("%1: %2 → %3")
                         .arg(fieldLabel(it.key()), fieldValue(it.key(), valueText(c.value(QStringLiteral("from")))),
                              fieldValue(it.key(), valueText(c.value(QStringLiteral("to")))));
        }
        const QString reason = e.data.value(QStringLiteral("reason")).toString();
        if (!reason.isEmpty())
            parts << tr("reason: %1").arg(reason);
        return parts.join(QStringLiteral("; "));
    }
    // For creations and additions the interesting fields come first.
    static const QStringList preferred = {QStringLiteral("title"),    QStringLiteral("name"),
                                          QStringLiteral("hostname"), QStringLiteral("severity"),
                                          QStringLiteral("role"),     QStringLiteral("ip_address")};
    for (const QString &key : preferred) {
        const QString v = e.data.value(key).toString();
        if (!v.isEmpty())
            parts << tr("%1: %2").arg(fieldLabel(key), fieldValue(key, v));
    }
    if (parts.isEmpty()) {
        for (auto it = e.data.begin(); it != e.data.end(); ++it)
            if (const QString v = valueText(it.value()); v != QStringLiteral("∅"))
                parts << tr("%1: %2").arg(fieldLabel(it.key()), fieldValue(it.key(), v));
    }
    return parts.join(QStringLiteral("; "));
}

QString AuditLogModel::actionLabel(const QString &action)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("incident.create"), QT_TR_NOOP("Incident opened")},
        {QStringLiteral("incident.update"), QT_TR_NOOP("Incident changed")},
        {QStringLiteral("person.add"), QT_TR_NOOP("Person added")},
        {QStringLiteral("system.add"), QT_TR_NOOP("System added")},
        {QStringLiteral("step.add"), QT_TR_NOOP("Step added")},
        {QStringLiteral("step.done"), QT_TR_NOOP("Step done")},
        {QStringLiteral("step.skip"), QT_TR_NOOP("Step skipped")},
        {QStringLiteral("step.reopen"), QT_TR_NOOP("Step reopened")},
        {QStringLiteral("step.reassign"), QT_TR_NOOP("Step reassigned")},
        {QStringLiteral("step.check"), QT_TR_NOOP("Checklist item ticked")},
        {QStringLiteral("containment.record"), QT_TR_NOOP("Containment recorded")},
        {QStringLiteral("recovery.record"), QT_TR_NOOP("Recovery recorded")},
        {QStringLiteral("rca.update"), QT_TR_NOOP("Root cause analysis saved")},
        {QStringLiteral("corrective.add"), QT_TR_NOOP("Corrective action added")},
        {QStringLiteral("corrective.state"), QT_TR_NOOP("Corrective action updated")},
        {QStringLiteral("contact.log"), QT_TR_NOOP("Contact logged")},
        {QStringLiteral("timeline.add"), QT_TR_NOOP("Timeline entry added")},
        {QStringLiteral("breach.update"), QT_TR_NOOP("Breach facts saved")},
        {QStringLiteral("clock.classify"), QT_TR_NOOP("Notification clocks classified")},
        {QStringLiteral("clock.amend"), QT_TR_NOOP("Clock trigger amended")},
        {QStringLiteral("clock.notice"), QT_TR_NOOP("Notice recorded")},
        {QStringLiteral("clock.waive"), QT_TR_NOOP("Notification waived")},
        {QStringLiteral("clock.delay"), QT_TR_NOOP("Filing delayed (Attorney General)")},
        {QStringLiteral("acquisition.start"), QT_TR_NOOP("Acquisition started")},
        {QStringLiteral("acquisition.end"), QT_TR_NOOP("Acquisition ended")},
        {QStringLiteral("evidence.register"), QT_TR_NOOP("Evidence registered")},
        {QStringLiteral("evidence.verify"), QT_TR_NOOP("Evidence verified")},
        {QStringLiteral("custody.collected"), QT_TR_NOOP("Custody: collected")},
        {QStringLiteral("custody.transferred"), QT_TR_NOOP("Custody: transferred")},
        {QStringLiteral("custody.examined"), QT_TR_NOOP("Custody: examined")},
        {QStringLiteral("custody.stored"), QT_TR_NOOP("Custody: stored")},
        {QStringLiteral("custody.returned"), QT_TR_NOOP("Custody: returned")},
        {QStringLiteral("custody.released"), QT_TR_NOOP("Custody: released")},
        {QStringLiteral("archive.export"), QT_TR_NOOP("Evidence handed over")},
        {QStringLiteral("report.export"), QT_TR_NOOP("Document exported")},
        {QStringLiteral("store.grant"), QT_TR_NOOP("Access granted")},
        {QStringLiteral("store.revoke"), QT_TR_NOOP("Access revoked")},
        {QStringLiteral("store.migrate"), QT_TR_NOOP("Case store migrated")},
    };
    const auto it = labels.constFind(action);
    return it == labels.constEnd() ? action : tr(it.value());
}

QString AuditLogModel::objectLabel(const AuditEntry &e)
{
    auto field = [&e](const char *key) { return e.data.value(QLatin1String(key)).toString().trimmed(); };
    // An evidence item is known by its number, and what it is.
    if (const QString number = field("evidence_number"); !number.isEmpty()) {
        const QString what = field("description");
        return what.isEmpty() ? number : QStringLiteral("%1 · %2").arg(number, what);
    }
    for (const char *key : {"name", "title", "hostname", "person", "summary", "login", "system", "kind"})
        if (const QString v = field(key); !v.isEmpty())
            return v.size() > 80 ? v.left(79) + QChar(0x2026) : v;
    return e.object;
}

QString AuditLogModel::detailsText(const AuditEntry &e)
{
    QStringList lines;
    lines << tr("Entry %1 · %2 (%3)").arg(e.seq).arg(actionLabel(e.action), e.action);
    lines << tr("When:   %1 · %2").arg(timetext::local(e.at), e.at.toUTC().toString(Qt::ISODateWithMs));
    lines << (e.dbUser.isEmpty() ? tr("Who:    %1").arg(e.actor)
                                 : tr("Who:    %1 (database login %2)").arg(e.actor, e.dbUser));
    lines << tr("Object: %1").arg(e.object);
    if (!e.incidentId.isEmpty())
        lines << tr("Incident: %1").arg(e.incidentId);
    lines << QStringLiteral("entry_hash %1").arg(e.entryHash) << QStringLiteral("prev_hash  %1").arg(e.prevHash);
    lines << QString() << QString::fromUtf8(QJsonDocument(e.data).toJson(QJsonDocument::Indented)).trimmed();
    return lines.join(QLatin1Char('\n'));
}

void AuditLogModel::setEntries(const QList<AuditEntry> &entries)
{
    // The trail is append-only; equal length and head hash mean nothing
    // new, and skipping the reset keeps the user's place in the table.
    if (entries.size() == m_rows.size() && (entries.isEmpty() || entries.last().entryHash == m_rows.last().entryHash))
        return;
    beginResetModel();
    m_rows = entries;
    endResetModel();
}

void AuditLogModel::setVerdict(const AuditVerdict &verdict)
{
    const bool changed = verdict.state != m_verdict.state || verdict.firstBadSeq != m_verdict.firstBadSeq ||
                         verdict.problems != m_verdict.problems;
    m_verdict = verdict;
    if (changed && !m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

QString AuditLogModel::problemFor(qint64 seq) const
{
    const QString prefix = tr("seq %1:").arg(seq);
    QStringList found;
    for (const QString &p : m_verdict.problems)
        if (p.startsWith(prefix))
            found << p;
    return found.join(QLatin1Char('\n'));
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}
int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::display(const AuditEntry &e, int column) const
{
    switch (column) {
    case SeqColumn: return e.seq;
    case TimeColumn: return timetext::local(e.at);
    case ActorColumn: return e.actor;
    case ActionColumn: return actionLabel(e.action);
    case ObjectColumn: return objectLabel(e);
    case DetailsColumn: return summarize(e);
    case HashColumn: return e.entryHash.left(12);
    }
    return {};
}

QVariant AuditLogModel::tooltip(const AuditEntry &e, int column) const
{
    const bool broken = m_verdict.state == AuditVerdict::State::Broken;
    if (column == SeqColumn && broken && e.seq >= m_verdict.firstBadSeq) {
        const QString problem = problemFor(e.seq);
        if (!problem.isEmpty())
            return tr("Chain check failed here:\n%1").arg(problem);
        return tr("Not provable: the audit chain is broken at seq %1, before this entry").arg(m_verdict.firstBadSeq);
    }
    switch (column) {
    case TimeColumn: return timetext::utc(e.at);
    case ActionColumn: return e.action;
    case ObjectColumn: return e.object;
    case DetailsColumn: return QString::fromUtf8(QJsonDocument(e.data).toJson(QJsonDocument::Indented)).trimmed();
    case HashColumn: return tr("entry_hash %1\nprev_hash  %2").arg(e.entryHash, e.prevHash);
    default: return display(e, column);
    }
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const AuditEntry &e = m_rows[index.row()];
    const bool unproven = m_verdict.state == AuditVerdict::State::Broken && e.seq >= m_verdict.firstBadSeq;
    switch (role) {
    case Qt::DisplayRole: return display(e, index.column());
    case Qt::ToolTipRole: return tooltip(e, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == SeqColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::FontRole:
        if (index.column() == HashColumn || index.column() == SeqColumn)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        return {};
    case Qt::DecorationRole:
        if (index.column() == SeqColumn && unproven && !problemFor(e.seq).isEmpty())
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::ForegroundRole:
        if (unproven)
            return palette::accent();
        return {};
    case SeqRole: return e.seq;
    case UnprovenRole: return unproven;
    case ActionIdRole: return e.action;
    case ObjectIdRole: return e.object;
    }
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeqColumn: return tr("Seq");
    case TimeColumn: return tr("Time");
    case ActorColumn: return tr("Actor");
    case ActionColumn: return tr("Action");
    case ObjectColumn: return tr("Object");
    case DetailsColumn: return tr("Details");
    case HashColumn: return tr("Entry hash");
    }
    return {};
}

} // namespace firebreak::ui
