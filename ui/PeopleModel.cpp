#include "PeopleModel.h"

#include "TimeText.h"

namespace firebreak::ui {

void PeopleModel::setPeople(const QList<Person> &people)
{
    // People are only ever added: skip the reset (and the lost selection)
    // when a refresh brings the same rows back.
    bool same = people.size() == m_rows.size();
    for (qsizetype i = 0; same && i < people.size(); ++i)
        same = people[i].id == m_rows[i].id;
    if (same)
        return;
    beginResetModel();
    m_rows = people;
    endResetModel();
}

int PeopleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}
int PeopleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PeopleModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Person &p = m_rows[index.row()];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NameColumn: return p.name;
        case RoleColumn: return p.role;
        case ContactColumn: return p.contact;
        case AddedColumn: return timetext::local(p.addedAt);
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == AddedColumn)
            return timetext::utc(p.addedAt);
        return data(index, Qt::DisplayRole);
    }
    return {};
}

QVariant PeopleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case RoleColumn: return tr("Role");
    case ContactColumn: return tr("Contact");
    case AddedColumn: return tr("Added");
    }
    return {};
}

} // namespace firebreak::ui
