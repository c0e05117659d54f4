#pragma once

#include "model/Incident.h"
#include "model/clocks/ClockStatus.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;

namespace firebreak::ui {

class IncidentListModel;
class IncidentSortProxy;
class PlaceholderTableView;

// The dashboard's incident list: a filter line, the count, and the table
// (model → urgency-sorting proxy → view with severity and phase delegates).
// Selection is by incident id so it survives refreshes and re-sorting.
class IncidentListPane : public QWidget {
    Q_OBJECT
public:
    explicit IncidentListPane(QWidget *parent = nullptr);

    void setIncidents(const QList<Incident> &incidents, const QDateTime &now);
    // The "Next deadline" column: open clocks of every incident, read by the
    // deadline banner's refresh.
    void setOpenClocks(const QList<ClockStatus> &openClocks, const QDateTime &now);
    void clear();

    std::optional<Incident> incident(const QString &id) const;
    int totalCount() const;
    QString currentId() const;
    // Selects `id`, clearing the filter if it hides that incident.
    void selectIncident(const QString &id);
    // Selects the top (most urgent) row if nothing is selected.
    void selectFirstIfNone();
    void focusFilter();
    void clearFilter();

    PlaceholderTableView *table() const { return m_table; }

signals:
    void currentIncidentChanged(const QString &id); // empty when none

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateCount();

    IncidentListModel *m_model;
    IncidentSortProxy *m_proxy;
    QLineEdit *m_filter;
    QLabel *m_count;
    PlaceholderTableView *m_table;
};

} // namespace firebreak::ui
