#include "AuditLogModel.h"

#include "Palette.h"
#include "TimeText.h"

#include <QApplication>
#include <QFontDatabase>
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

} // namespace

QString AuditLogModel::summarize(const AuditEntry &e)
{
    QStringList parts;
    const QJsonObject changes = e.data.value(QStringLiteral("changes")).toObject();
    if (!changes.isEmpty()) {
        for (auto it = changes.begin(); it != changes.end(); ++it) {
            const QJsonObject c = it.value().toObject();
            parts << QStringLiteral("%1: %2 → %3")
                         .arg(it.key(), valueText(c.value(QStringLiteral("from"))),
                              valueText(c.value(QStringLiteral("to"))));
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
            parts << QStringLiteral("%1: %2").arg(key, v);
    }
    if (parts.isEmpty()) {
        for (auto it = e.data.begin(); it != e.data.end(); ++it)
            if (const QString v = valueText(it.value()); v != QStringLiteral("∅"))
                parts << QStringLiteral("%1: %2").arg(it.key(), v);
    }
    return parts.join(QStringLiteral("; "));
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
    case ActionColumn: return e.action;
    case ObjectColumn: return e.object;
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
