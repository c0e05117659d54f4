#include "WorkspaceStyle.h"

#include "ui/Palette.h"
#include "ui/TimeText.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStandardItem>

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
    const qint64 mins = qMax<qint64>(0, seconds) / 60;
    if (mins < 60)
        return QCoreApplication::translate("WorkspaceStyle", "%1 min").arg(mins);
    const qint64 hours = mins / 60;
    if (hours < 48)
        return QStringLiteral("%1 h %2 m").arg(hours).arg(mins % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1 d %2 h").arg(hours / 24).arg(hours % 24);
}

void setColumnWidths(QHeaderView *header, std::initializer_list<int> widths)
{
    int column = 0;
    for (int w : widths)
        header->resizeSection(column++, w);
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
