#include "InstantEdit.h"

#include "WorkspaceStyle.h"
#include "ui/TimeText.h"

#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLabel>

namespace firebreak::ui {

InstantEdit::InstantEdit(const QDateTime &utc, QWidget *parent)
    : QWidget(parent), m_edit(new QDateTimeEdit(this)), m_zone(new QLabel(this))
{
    m_edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_edit->setCalendarPopup(true);
    ws::setMuted(m_zone);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_edit, 1);
    row->addWidget(m_zone);
    setFocusProxy(m_edit);
    setValue(utc);
}

void InstantEdit::setEditorObjectName(const QString &name)
{
    m_edit->setObjectName(name);
}

QDateTime InstantEdit::value() const
{
    return m_edit->dateTime().toUTC();
}

void InstantEdit::setValue(const QDateTime &utc)
{
    // Minutes are the useful precision for a human-entered instant.
    QDateTime local = utc.toLocalTime();
    local.setTime(QTime(local.time().hour(), local.time().minute()));
    m_edit->setDateTime(local);
    m_zone->setText(timetext::zoneName(utc));
    m_zone->setToolTip(tr("Typed in local time; stored in UTC"));
}

} // namespace firebreak::ui
