#include "WorkspaceStyle.h"

#include "ui/Units.h"

#include "ui/Palette.h"
#include "ui/TimeText.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStandardItem>
#include <QStyle>

namespace firebreak::ui::ws {

void setMuted(QWidget *w, qreal scale)
{
    QPalette pal = w->palette();
    pal.setColor(QPalette::WindowText, palette::muted(pal));
    pal.setColor(QPalette::Text, palette::muted(pal));
    w->setPalette(pal);
    if (scale != 1.0) {
        QFont f = w->font();
        f.setPointSizeF(f.pointSizeF() * scale);
        w->setFont(f);
    }
}

QLabel *caption(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}

QPushButton *button(const QString &text, const QString &objectName, QWidget *parent, const QString &toolTip)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(objectName);
    if (!toolTip.isEmpty())
        b->setToolTip(toolTip);
    b->setAutoDefault(false);
    return b;
}

QStandardItem *cell(const QString &text, const QString &toolTip)
{
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    item->setToolTip(toolTip.isEmpty() ? text : toolTip);
    return item;
}

QStandardItem *timeCell(const QDateTime &utc, const QDateTime &now)
{
    auto *item = cell(timetext::local(utc), timetext::tooltip(utc, now));
    item->setData(utc, Qt::UserRole);
    return item;
}

QString literal(const QString &text)
{
    QString out = text;
    out.replace(QLatin1Char('&'), QStringLiteral("&&"));
    return out;
}

QString duration(qint64 seconds)
{
    return units::duration(seconds);
}

void setColumnWidths(QHeaderView *header, std::initializer_list<int> widths)
{
    // Never narrower than the header's own words: French ones are longer
    // ("Personne / enquêteur") and a cut header reads as a different column.
    const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    const int mark = header->isSortIndicatorShown()
                         ? header->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header) + margin
                         : 0;
    int column = 0;
    for (int w : widths) {
        const QString text =
            header->model() ? header->model()->headerData(column, Qt::Horizontal).toString() : QString();
        const int need = text.isEmpty() ? 0 : header->fontMetrics().horizontalAdvance(text) + 2 * margin + mark;
        header->resizeSection(column++, std::max(w, need));
    }
}

QPushButton *linkButton(const QString &objectName, QWidget *parent)
{
    auto *b = new QPushButton(parent);
    b->setObjectName(objectName);
    b->setFlat(true);
    b->setAutoDefault(false);
    b->setCursor(Qt::PointingHandCursor);
    b->setStyleSheet(QStringLiteral("text-align: left; padding: 2px 6px;"));
    return b;
}

} // namespace firebreak::ui::ws
