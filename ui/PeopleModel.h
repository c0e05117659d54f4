#pragma once

#include "model/Incident.h"

#include <QAbstractTableModel>

namespace firebreak::ui {

// People working on one incident.
class PeopleModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, RoleColumn, ContactColumn, AddedColumn, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setPeople(const QList<Person> &people);
    const QList<Person> &people() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Person> m_rows;
};

} // namespace firebreak::ui
