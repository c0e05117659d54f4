#pragma once

#include "model/Incident.h"
#include "ui/clocks/NextDeadline.h"

#include <QAbstractTableModel>
#include <QDateTime>

#include <optional>

namespace firebreak::ui {

// The incident list (dashboard) as a table model over CaseStore::incidents().
// Rows keep their place across refreshes: existing incidents are updated
// in place and new ones appended, so a periodic refresh does not disturb
// the user's selection or scroll position. Ordering is the proxy's job.
class IncidentListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        IdColumn,
        TitleColumn,
        SeverityColumn,
        PhaseColumn,
        CommanderColumn,
        NextDeadlineColumn,
        LastActivityColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // severity/phase as numbers, times as msecs
        IncidentIdRole,
        SeverityRole, // int(Severity)
        PhaseRole,    // int(Phase)
        ClosedRole,   // bool
        UpdatedAtRole,
        FilterTextRole, // everything a filter term may match
    };

    explicit IncidentListModel(QObject *parent = nullptr);

    // Replaces the data; `now` feeds the "x min ago" tooltips.
    void setIncidents(const QList<Incident> &incidents, const QDateTime &now);
    void clear();
    // The most urgent open clock per incident (issue #19): the "Next
    // deadline" column, refreshed as often as the deadline banner.
    void setDeadlines(const QHash<QString, NextDeadline> &deadlines);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int rowOf(const QString &id) const;
    std::optional<Incident> incident(const QString &id) const;
    const QList<Incident> &incidents() const { return m_rows; }

private:
    QVariant display(const Incident &i, int column) const;
    QVariant tooltip(const Incident &i, int column) const;
    QVariant sortKey(const Incident &i, int column) const;

    QList<Incident> m_rows;
    QHash<QString, NextDeadline> m_deadlines;
    QDateTime m_now;
};

} // namespace firebreak::ui
