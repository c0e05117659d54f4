#pragma once

#include <QStyledItemDelegate>

namespace firebreak::ui {

// Draws the severity column as a coloured chip (see Palette.h for why
// critical is orange, not red). Reads IncidentListModel::SeverityRole.
class SeverityDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace firebreak::ui
