#include "NavItemDelegate.h"

#include "ui/Palette.h"

#include <QApplication>
#include <QPainter>

namespace firebreak::ui {

namespace {
constexpr int kPad = 6;
constexpr int kGlyph = 20;
constexpr int kBar = 3;

QFont smaller(const QFont &f)
{
    QFont s = f;
    s.setPointSizeF(f.pointSizeF() * 0.9);
    return s;
}
} // namespace

void NavItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString title = opt.text;
    opt.text.clear();
    opt.icon = {};
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QPalette &pal = option.palette;
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const bool dim = index.data(DimRole).toBool();
    const QColor text = selected ? pal.color(QPalette::HighlightedText) : pal.color(QPalette::Text);
    const QColor muted = selected ? pal.color(QPalette::HighlightedText) : palette::muted(pal);

    painter->save();
    const QRect r = option.rect.adjusted(kPad, 0, -kPad, 0);
    if (index.data(MarkerRole).toBool())
        painter->fillRect(QRect(option.rect.left(), option.rect.top() + 2, 3, option.rect.height() - 4),
                          palette::accent());

    const QFontMetrics fm(opt.font);
    const QFont small = smaller(opt.font);
    const QFontMetrics sfm(small);
    const QString subtitle = index.data(SubtitleRole).toString();
    const QVariant progress = index.data(ProgressRole);
    const int lines = fm.height() + (subtitle.isEmpty() ? 0 : sfm.height() + 1) + (progress.isValid() ? kBar + 3 : 0);
    int y = r.top() + (r.height() - lines) / 2;

    // Glyph column.
    QFont glyphFont = opt.font;
    glyphFont.setBold(true);
    painter->setFont(glyphFont);
    painter->setPen(dim ? muted : text);
    painter->drawText(QRect(r.left(), y, kGlyph, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      index.data(GlyphRole).toString());

    // Badge on the right.
    const QString badge = index.data(BadgeRole).toString();
    const int badgeWidth = badge.isEmpty() ? 0 : fm.horizontalAdvance(badge) + kPad;
    painter->setFont(opt.font);
    painter->setPen(muted);
    if (!badge.isEmpty())
        painter->drawText(QRect(r.right() - badgeWidth, y, badgeWidth, fm.height()), Qt::AlignRight | Qt::AlignVCenter,
                          badge);

    // Title, then the muted second line.
    const int left = r.left() + kGlyph;
    const int width = r.right() - badgeWidth - left - 2;
    QFont titleFont = opt.font;
    titleFont.setBold(index.data(EmphasisRole).toBool());
    painter->setFont(titleFont);
    painter->setPen(dim ? muted : text);
    painter->drawText(QRect(left, y, width, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(titleFont).elidedText(title, Qt::ElideRight, width));
    y += fm.height();
    if (!subtitle.isEmpty()) {
        painter->setFont(small);
        painter->setPen(muted);
        const int subWidth = r.right() - left;
        painter->drawText(QRect(left, y + 1, subWidth, sfm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                          sfm.elidedText(subtitle, Qt::ElideRight, subWidth));
        y += sfm.height() + 1;
    }
    if (progress.isValid()) {
        const qreal f = qBound(0.0, progress.toDouble(), 1.0);
        const QRect track(left, y + 3, r.right() - left, kBar);
        painter->setRenderHint(QPainter::Antialiasing, true);
        painter->setPen(Qt::NoPen);
        painter->setBrush(palette::mix(selected ? pal.color(QPalette::Highlight) : pal.color(QPalette::Base),
                                       pal.color(QPalette::Text), 0.16));
        painter->drawRoundedRect(track, 1.5, 1.5);
        if (f > 0) {
            painter->setBrush(selected ? pal.color(QPalette::HighlightedText) : pal.color(QPalette::Highlight));
            painter->drawRoundedRect(QRectF(track.left(), track.top(), track.width() * f, kBar), 1.5, 1.5);
        }
    }
    painter->restore();
}

QSize NavItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QFontMetrics fm(option.font);
    int h = fm.height() + 2 * kPad;
    if (!index.data(SubtitleRole).toString().isEmpty())
        h += QFontMetrics(smaller(option.font)).height() + 1;
    if (index.data(ProgressRole).isValid())
        h += kBar + 3;
    return {fm.horizontalAdvance(index.data(Qt::DisplayRole).toString()) + kGlyph + 60, h};
}

} // namespace firebreak::ui
