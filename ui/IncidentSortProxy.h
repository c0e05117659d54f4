#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace firebreak::ui {

// Orders the incident list by urgency and filters it by free text.
// Severity sorts critical-first with open cases above closed ones and
// the most recently active first among equals; every other column
// breaks ties the same way, so the list never looks shuffled.
class IncidentSortProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit IncidentSortProxy(QObject *parent = nullptr);

    // Whitespace-separated terms; a row is shown when it contains all of them.
    void setFilterTerms(const QString &text);
    QString filterTerms() const { return m_terms.join(QLatin1Char(' ')); }

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_terms;
};

} // namespace firebreak::ui
