#include "IncidentSortProxy.h"

#include "IncidentListModel.h"

#include <QDateTime>

namespace firebreak::ui {

IncidentSortProxy::IncidentSortProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(IncidentListModel::SortRole);
    setDynamicSortFilter(true);
}

void IncidentSortProxy::setFilterTerms(const QString &text)
{
    const QStringList terms = text.simplified().toCaseFolded().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (terms == m_terms)
        return;
    m_terms = terms;
    invalidateFilter();
}

bool IncidentSortProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    auto value = [](const QModelIndex &i, int role) { return i.siblingAtColumn(0).data(role); };
    const bool closedL = value(left, IncidentListModel::ClosedRole).toBool();
    const bool closedR = value(right, IncidentListModel::ClosedRole).toBool();

    if (left.column() == IncidentListModel::SeverityColumn) {
        // Closed incidents are the least urgent whatever their severity.
        if (closedL != closedR)
            return closedL;
        const int sevL = value(left, IncidentListModel::SeverityRole).toInt();
        const int sevR = value(right, IncidentListModel::SeverityRole).toInt();
        if (sevL != sevR)
            return sevL < sevR;
    } else {
        const QVariant l = left.data(sortRole());
        const QVariant r = right.data(sortRole());
        const QPartialOrdering order = QVariant::compare(l, r);
        if (order == QPartialOrdering::Less)
            return true;
        if (order == QPartialOrdering::Greater)
            return false;
    }
    const QDateTime atL = value(left, IncidentListModel::UpdatedAtRole).toDateTime();
    const QDateTime atR = value(right, IncidentListModel::UpdatedAtRole).toDateTime();
    if (atL != atR)
        return atL < atR;
    return value(left, IncidentListModel::IncidentIdRole).toString() <
           value(right, IncidentListModel::IncidentIdRole).toString();
}

bool IncidentSortProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_terms.isEmpty())
        return true;
    const QString haystack = sourceModel()
                                 ->index(sourceRow, 0, sourceParent)
                                 .data(IncidentListModel::FilterTextRole)
                                 .toString()
                                 .toCaseFolded();
    for (const QString &term : m_terms)
        if (!haystack.contains(term))
            return false;
    return true;
}

} // namespace firebreak::ui
