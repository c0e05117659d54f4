#include "EvidenceListModel.h"

#include "ui/Units.h"

#include "forensics/imaging/ByteSize.h"
#include "ui/Palette.h"
#include "ui/TimeText.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFont>
#include <QFontDatabase>
#include <QIcon>
#include <QPalette>
#include <QStyle>

#include <algorithm>

namespace firebreak::ui {

QString verificationText(Verification v)
{
    switch (v) {
    case Verification::NotVerified: return QCoreApplication::translate("EvidenceListModel", "not verified yet");
    case Verification::Verified: return QCoreApplication::translate("EvidenceListModel", "✓ Verified");
    case Verification::Mismatch: return QCoreApplication::translate("EvidenceListModel", "MISMATCH");
    case Verification::Failed: return QCoreApplication::translate("EvidenceListModel", "VERIFY FAILED");
    }
    return {};
}

bool isProblem(Verification v)
{
    return v == Verification::Mismatch || v == Verification::Failed;
}

QString evidenceKindText(EvidenceKind k)
{
    return k == EvidenceKind::Image ? QCoreApplication::translate("EvidenceListModel", "image")
                                    : QCoreApplication::translate("EvidenceListModel", "file");
}

QDateTime collectedTime(const EvidenceItem &item)
{
    if (item.collectedAt.isValid())
        return item.collectedAt;
    return item.endedAt.isValid() ? item.endedAt : item.registeredAt;
}

QColor problemColor()
{
    return QColor(0xb3, 0x26, 0x1e);
}

QColor problemTextColor(const QPalette &pal)
{
    // On a dark base the deep red loses contrast: a lighter red reads as well.
    return pal.color(QPalette::Base).lightness() < 128 ? QColor(0xff, 0x6b, 0x5e) : problemColor();
}

bool evidenceNumberLess(const QString &a, const QString &b)
{
    // E-2 before E-10: the trailing number compares as a number (QCollator's
    // numeric mode needs ICU, which the C locale of a bare system lacks).
    auto split = [](const QString &s) {
        qsizetype i = s.size();
        while (i > 0 && s.at(i - 1).isDigit())
            --i;
        return std::pair{s.left(i), s.mid(i)};
    };
    const auto [pa, na] = split(a);
    const auto [pb, nb] = split(b);
    if (pa != pb)
        return pa < pb;
    auto unpadded = [](QString n) {
        while (n.size() > 1 && n.startsWith(QLatin1Char('0')))
            n.remove(0, 1);
        return n;
    };
    const QString da = unpadded(na);
    const QString db = unpadded(nb);
    if (da.size() != db.size())
        return da.size() < db.size();
    return da != db ? da < db : a < b;
}

EvidenceListModel::EvidenceListModel(QObject *parent) : QAbstractTableModel(parent) {}

void EvidenceListModel::setItems(QList<EvidenceItem> items)
{
    std::stable_sort(items.begin(), items.end(), [](const EvidenceItem &a, const EvidenceItem &b) {
        return evidenceNumberLess(a.evidenceNumber, b.evidenceNumber);
    });
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
}

int EvidenceListModel::rowOf(const QString &evidenceNumber) const
{
    for (int i = 0; i < m_items.size(); ++i)
        if (m_items[i].evidenceNumber == evidenceNumber)
            return i;
    return -1;
}

int EvidenceListModel::problemCount() const
{
    return int(
        std::count_if(m_items.begin(), m_items.end(), [](const EvidenceItem &e) { return isProblem(e.verification); }));
}

int EvidenceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int EvidenceListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EvidenceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn: return tr("No.");
    case KindColumn: return tr("Kind");
    case DescriptionColumn: return tr("Description");
    case SizeColumn: return tr("Size");
    case CollectedColumn: return tr("Collected");
    case Sha256Column: return QStringLiteral("SHA-256");
    case VerificationColumn: return tr("Verification");
    }
    return {};
}

QVariant EvidenceListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const EvidenceItem &e = m_items[index.row()];
    const bool problem = isProblem(e.verification);
    switch (role) {
    case NumberRole: return e.evidenceNumber;
    case Sha256Role: return e.sha256;
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn: return e.evidenceNumber;
        case KindColumn: return evidenceKindText(e.kind);
        case DescriptionColumn: return e.description;
        case SizeColumn: return units::bytes(e.sizeBytes);
        case CollectedColumn: return timetext::local(collectedTime(e));
        case Sha256Column: return e.sha256.isEmpty() ? QStringLiteral("—") : e.sha256.left(8) + QStringLiteral("…");
        case VerificationColumn: return verificationText(e.verification);
        }
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case SizeColumn: return tr("%L1 bytes").arg(e.sizeBytes);
        case CollectedColumn: {
            QString tip = timetext::utc(collectedTime(e));
            if (!e.collectedZone.isEmpty())
                tip += tr("\nCollected in %1").arg(e.collectedZone);
            return tip;
        }
        case Sha256Column: return tr("SHA-256 %1\n(right-click or Ctrl+C to copy)").arg(e.sha256);
        case VerificationColumn:
            return problem ? tr("The last verification of %1 did not match what was registered. "
                                "See its verification history.")
                                 .arg(e.evidenceNumber)
                           : QVariant();
        case DescriptionColumn: return e.description;
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == VerificationColumn && problem)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical);
        return {};
    case Qt::FontRole:
        if (index.column() == Sha256Column)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        if (problem && (index.column() == VerificationColumn || index.column() == NumberColumn)) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::ForegroundRole:
        if (problem && index.column() == VerificationColumn)
            return problemTextColor(QApplication::palette());
        if (index.column() == VerificationColumn && e.verification == Verification::NotVerified)
            return palette::muted(QApplication::palette());
        return {};
    case Qt::BackgroundRole:
        if (problem)
            return palette::mix(QApplication::palette().color(QPalette::Base), problemColor(), 0.18);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    return {};
}

} // namespace firebreak::ui
