#pragma once

#include <QDateTime>
#include <QString>

#include <initializer_list>

class QHeaderView;
class QLabel;
class QPushButton;
class QStandardItem;
class QWidget;

namespace firebreak::ui::ws {

// Small shared pieces of the incident workspace so its panels look alike.

// Secondary text: muted colour, optionally smaller.
void setMuted(QWidget *w, qreal scale = 1.0);
// A bold caption over a group of fields or a table.
QLabel *caption(const QString &text, QWidget *parent);
QPushButton *button(const QString &text, const QString &objectName, QWidget *parent, const QString &toolTip = {});
// A flat, left-aligned button that reads like a link (header and action bar).
QPushButton *linkButton(const QString &objectName, QWidget *parent);

// Table cells: read-only text, and an instant in local time with the
// zone named (UTC and age in the tooltip).
QStandardItem *cell(const QString &text, const QString &toolTip = {});
QStandardItem *timeCell(const QDateTime &utc, const QDateTime &now);

// Button and tab text shows a single '&' as a mnemonic underline; data
// (phase labels, titles typed by users) must keep its ampersands.
QString literal(const QString &text);

// "5 h 12 m", "2 d 3 h", "45 min".
QString duration(qint64 seconds);

void setColumnWidths(QHeaderView *header, std::initializer_list<int> widths);

} // namespace firebreak::ui::ws
