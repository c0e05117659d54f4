#pragma once

#include "model/Audit.h"

#include <QAbstractTableModel>

namespace firebreak::ui {

// Audit entries (of one incident, or the whole store) with the chain
// verdict overlaid: the first bad entry is marked, and every entry after
// it is flagged as no longer provable by the chain.
class AuditLogModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        SeqColumn,
        TimeColumn,
        ActorColumn,
        ActionColumn,
        ObjectColumn,
        HashColumn,
        DetailsColumn,
        ColumnCount
    };
    enum Role { SeqRole = Qt::UserRole + 1, UnprovenRole, ActionIdRole, ObjectIdRole };
    using QAbstractTableModel::QAbstractTableModel;

    void setEntries(const QList<AuditEntry> &entries);
    void setVerdict(const AuditVerdict &verdict);
    const QList<AuditEntry> &entries() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // One-line human summary of an entry's data ("phase: triage → isolate").
    static QString summarize(const AuditEntry &e);
    // What happened, as a log says it: "person.add" -> "Person added".
    // An action this version does not know shows as its id.
    static QString actionLabel(const QString &action);
    // What it happened to, by name ("B. Marley", "fs01", "E-001 · fs01
    // system disk") rather than by record key; the key when there is no name.
    static QString objectLabel(const AuditEntry &e);
    // Everything an entry holds, for the details pane: action id, object
    // key, times, actor and database login, hashes, the raw JSON.
    static QString detailsText(const AuditEntry &e);

private:
    QString problemFor(qint64 seq) const;
    QVariant display(const AuditEntry &e, int column) const;
    QVariant tooltip(const AuditEntry &e, int column) const;

    QList<AuditEntry> m_rows;
    AuditVerdict m_verdict;
};

} // namespace firebreak::ui
