#pragma once

#include "model/Evidence.h"

#include <QAbstractTableModel>
#include <QList>

namespace firebreak::ui {

// The evidence register of one incident, sorted by evidence number. A
// mismatch or failed verification is impossible to miss: the row is tinted
// red, carries an icon and says "MISMATCH" in words (never colour alone).
class EvidenceListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        NumberColumn,
        KindColumn,
        DescriptionColumn,
        SizeColumn,
        CollectedColumn,
        Sha256Column,
        VerificationColumn,
        ColumnCount
    };
    enum Role { NumberRole = Qt::UserRole + 1, Sha256Role };

    explicit EvidenceListModel(QObject *parent = nullptr);

    void setItems(QList<EvidenceItem> items);
    const QList<EvidenceItem> &items() const { return m_items; }
    int rowOf(const QString &evidenceNumber) const; // -1 when absent
    int problemCount() const;                       // items whose last verification failed

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<EvidenceItem> m_items;
};

// Words for a verification state, in capitals when something is wrong.
QString verificationText(Verification v);
bool isProblem(Verification v);
// Register order: "E-2" before "E-10".
bool evidenceNumberLess(const QString &a, const QString &b);
QString evidenceKindText(EvidenceKind k);
// When the item was collected: the collection time, else the end of its acquisition, else registration.
QDateTime collectedTime(const EvidenceItem &item);
// The red used for evidence that no longer matches (UX.md keeps red for what must not wait).
QColor problemColor();
// Red text that stays readable on the palette's base (light or dark).
QColor problemTextColor(const QPalette &pal);

} // namespace firebreak::ui
