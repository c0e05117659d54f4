#include "IncidentListModel.h"

#include "Palette.h"
#include "TimeText.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHash>

#include <limits>

namespace firebreak::ui {

namespace {

bool sameIncident(const Incident &a, const Incident &b)
{
    return a.id == b.id && a.title == b.title && a.description == b.description && a.severity == b.severity &&
           a.phase == b.phase && a.status == b.status && a.commander == b.commander && a.createdAt == b.createdAt &&
           a.detectedAt == b.detectedAt && a.awareAt == b.awareAt && a.updatedAt == b.updatedAt;
}

QString phaseProgressText(Phase p)
{
    const int step = int(allPhases().indexOf(p)) + 1;
    return QCoreApplication::translate("IncidentListModel", "Phase %1 of %2: %3")
        .arg(step)
        .arg(allPhases().size())
        .arg(phaseLabel(p));
}

} // namespace

IncidentListModel::IncidentListModel(QObject *parent) : QAbstractTableModel(parent) {}

void IncidentListModel::setIncidents(const QList<Incident> &incidents, const QDateTime &now)
{
    m_now = now;
    QHash<QString, qsizetype> incoming;
    for (qsizetype i = 0; i < incidents.size(); ++i)
        incoming.insert(incidents[i].id, i);

    // Incidents are never deleted; if one vanished anyway (another store
    // file swapped in), start over rather than guess.
    for (const Incident &row : std::as_const(m_rows)) {
        if (!incoming.contains(row.id)) {
            beginResetModel();
            m_rows = incidents;
            endResetModel();
            return;
        }
    }

    for (qsizetype r = 0; r < m_rows.size(); ++r) {
        const Incident &fresh = incidents[incoming.value(m_rows[r].id)];
        if (!sameIncident(fresh, m_rows[r])) {
            m_rows[r] = fresh;
            emit dataChanged(index(int(r), 0), index(int(r), ColumnCount - 1));
        }
        incoming.remove(fresh.id);
    }

    if (!incoming.isEmpty()) {
        QList<Incident> added;
        for (const Incident &i : incidents)
            if (incoming.contains(i.id))
                added.append(i);
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + added.size() - 1));
        m_rows += added;
        endInsertRows();
    }
    // Relative-age tooltips move with time even when nothing changed.
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, LastActivityColumn), index(int(m_rows.size()) - 1, LastActivityColumn),
                         {Qt::ToolTipRole});
}

void IncidentListModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_deadlines.clear();
    endResetModel();
}

void IncidentListModel::setDeadlines(const QHash<QString, NextDeadline> &deadlines)
{
    m_deadlines = deadlines;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, NextDeadlineColumn), index(int(m_rows.size()) - 1, NextDeadlineColumn));
}

int IncidentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}
int IncidentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int IncidentListModel::rowOf(const QString &id) const
{
    for (qsizetype r = 0; r < m_rows.size(); ++r)
        if (m_rows[r].id == id)
            return int(r);
    return -1;
}

std::optional<Incident> IncidentListModel::incident(const QString &id) const
{
    const int r = rowOf(id);
    if (r < 0)
        return std::nullopt;
    return m_rows[r];
}

QVariant IncidentListModel::display(const Incident &i, int column) const
{
    switch (column) {
    case IdColumn: return i.id;
    case TitleColumn: return i.title;
    case SeverityColumn: return severityLabel(i.severity);
    case PhaseColumn: return i.status == IncidentStatus::Closed ? tr("Closed") : phaseLabel(i.phase);
    case CommanderColumn: return i.commander.isEmpty() ? QStringLiteral("—") : i.commander;
    case NextDeadlineColumn: {
        const auto it = m_deadlines.constFind(i.id);
        if (it == m_deadlines.cend() || i.status == IncidentStatus::Closed)
            return QStringLiteral("—");
        // Time left first, so a narrow column elides the clock's name, not the time.
        const QString left = it->text.mid(it->title.size() + 3);
        return QStringLiteral("%1 · %2").arg(left, it->title);
    }
    case LastActivityColumn: return timetext::local(i.updatedAt);
    }
    return {};
}

QVariant IncidentListModel::tooltip(const Incident &i, int column) const
{
    switch (column) {
    case TitleColumn: return i.description.isEmpty() ? i.title : QStringLiteral("%1\n\n%2").arg(i.title, i.description);
    case PhaseColumn: return phaseProgressText(i.phase);
    case CommanderColumn: return i.commander.isEmpty() ? tr("No commander assigned") : i.commander;
    case LastActivityColumn: return timetext::tooltip(i.updatedAt, m_now);
    case NextDeadlineColumn: {
        const auto it = m_deadlines.constFind(i.id);
        return it == m_deadlines.cend() ? tr("No notification clock running") : it->tooltip;
    }
    default: return display(i, column);
    }
}

QVariant IncidentListModel::sortKey(const Incident &i, int column) const
{
    switch (column) {
    case SeverityColumn: return int(i.severity);
    case PhaseColumn: return int(i.phase);
    case LastActivityColumn: return i.updatedAt.toMSecsSinceEpoch();
    case CommanderColumn: return i.commander.toCaseFolded();
    case TitleColumn: return i.title.toCaseFolded();
    case NextDeadlineColumn: {
        // Most urgent first when ascending: overdue (most overdue first),
        // then by time left; no running clock (or closed) after them all.
        const auto it = m_deadlines.constFind(i.id);
        if (it == m_deadlines.cend() || i.status == IncidentStatus::Closed)
            return std::numeric_limits<qint64>::max();
        return it->sortKey();
    }
    default: return i.id;
    }
}

QVariant IncidentListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Incident &i = m_rows[index.row()];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole: return display(i, column);
    case Qt::ToolTipRole: return tooltip(i, column);
    case Qt::AccessibleTextRole: return display(i, column);
    case Qt::FontRole:
        if (column == IdColumn)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        if (column == NextDeadlineColumn && i.status != IncidentStatus::Closed) {
            const auto it = m_deadlines.constFind(i.id);
            if (it != m_deadlines.cend() &&
                (it->urgency == clocktext::Urgency::Overdue || it->urgency == clocktext::Urgency::Warning)) {
                QFont bold = QGuiApplication::font();
                bold.setBold(true);
                return bold;
            }
        }
        return {};
    case Qt::ForegroundRole:
        if (i.status == IncidentStatus::Closed || (column == CommanderColumn && i.commander.isEmpty()))
            return palette::muted(QGuiApplication::palette());
        if (column == NextDeadlineColumn) {
            // Coloured like the deadline banner: accent under 25 %, red overdue.
            const auto it = m_deadlines.constFind(i.id);
            if (it == m_deadlines.cend())
                return palette::muted(QGuiApplication::palette());
            return clocktext::urgencyText(it->urgency, QGuiApplication::palette());
        }
        return {};
    case SortRole: return sortKey(i, column);
    case IncidentIdRole: return i.id;
    case SeverityRole: return int(i.severity);
    case PhaseRole: return int(i.phase);
    case ClosedRole: return i.status == IncidentStatus::Closed;
    case UpdatedAtRole: return i.updatedAt;
    case FilterTextRole:
        return QStringList{i.id,
                           i.title,
                           i.description,
                           i.commander,
                           severityLabel(i.severity),
                           phaseLabel(i.phase),
                           statusKey(i.status)}
            .join(QLatin1Char('\n'));
    }
    return {};
}

QVariant IncidentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case IdColumn: return tr("ID");
        case TitleColumn: return tr("Title");
        case SeverityColumn: return tr("Severity");
        case PhaseColumn: return tr("Phase");
        case CommanderColumn: return tr("Commander");
        case NextDeadlineColumn: return tr("Next deadline");
        case LastActivityColumn: return tr("Last activity");
        }
    }
    if (role == Qt::ToolTipRole && section == NextDeadlineColumn)
        return tr("Time left on each incident's most urgent notification clock; sort to see the most urgent first");
    if (role == Qt::ToolTipRole && section == LastActivityColumn)
        return tr("Local time (%1); hover a cell for UTC").arg(timetext::zoneName());
    return {};
}

} // namespace firebreak::ui
