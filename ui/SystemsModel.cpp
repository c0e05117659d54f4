#include "SystemsModel.h"

#include "TimeText.h"

#include <QFontDatabase>

namespace firebreak::ui {

void SystemsModel::setSystems(const QList<AffectedSystem> &systems)
{
    bool same = systems.size() == m_rows.size();
    for (qsizetype i = 0; same && i < systems.size(); ++i)
        same = systems[i].id == m_rows[i].id;
    if (same)
        return;
    beginResetModel();
    m_rows = systems;
    endResetModel();
}

int SystemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}
int SystemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SystemsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const AffectedSystem &s = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case HostnameColumn: return s.hostname;
        case IpColumn: return s.ipAddress;
        case MacColumn: return s.macAddress;
        case OwnerColumn: return s.owner;
        case LocationColumn: return s.location;
        case AddedColumn: return timetext::local(s.addedAt);
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == AddedColumn ? timetext::utc(s.addedAt) : data(index, Qt::DisplayRole);
    case Qt::FontRole:
        if (index.column() == IpColumn || index.column() == MacColumn)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        return {};
    }
    return {};
}

QVariant SystemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case HostnameColumn: return tr("Hostname");
    case IpColumn: return tr("IP address");
    case MacColumn: return tr("MAC address");
    case OwnerColumn: return tr("Owner");
    case LocationColumn: return tr("Location");
    case AddedColumn: return tr("Added");
    }
    return {};
}

} // namespace firebreak::ui
