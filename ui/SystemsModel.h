#pragma once

#include "model/Incident.h"

#include <QAbstractTableModel>

namespace firebreak::ui {

// Affected systems of one incident.
class SystemsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { HostnameColumn, IpColumn, MacColumn, OwnerColumn, LocationColumn, AddedColumn, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setSystems(const QList<AffectedSystem> &systems);
    const QList<AffectedSystem> &systems() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AffectedSystem> m_rows;
};

} // namespace firebreak::ui
