#pragma once

#include <QStyledItemDelegate>

namespace firebreak::ui {

// Draws the phase column as its label followed by a six-segment bar, one
// segment per phase of the procedure, filled up to the current phase.
// Closed incidents show a full, muted bar.
class PhaseDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static constexpr int kSegmentWidth = 9;
    static constexpr int kSegmentGap = 2;
    static constexpr int kBarHeight = 6;
};

} // namespace firebreak::ui
