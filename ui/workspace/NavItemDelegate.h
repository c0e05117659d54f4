#pragma once

#include <QStyledItemDelegate>

namespace firebreak::ui {

// Paints the rows of the phase navigator and the step list: a state glyph,
// a title (bold when it needs attention), a muted second line, a count on
// the right and an optional thin progress bar. Dense and calm: one accent
// mark for the current phase, nothing else coloured.
class NavItemDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    enum Role {
        GlyphRole = Qt::UserRole + 100, // QString: "✓", "○", "3"
        SubtitleRole,                   // QString, muted second line
        BadgeRole,                      // QString, right-aligned: "2/3"
        ProgressRole,                   // double 0..1, or absent
        EmphasisRole,                   // bool: bold title
        MarkerRole,                     // bool: accent bar on the left (current phase)
        DimRole,                        // bool: finished, painted muted
        KeyRole,                        // phase number or step id
    };

    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace firebreak::ui
