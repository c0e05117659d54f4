#include "OptionalDateTimeEdit.h"

#include "Palette.h"
#include "TimeText.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLabel>

namespace firebreak::ui {

OptionalDateTimeEdit::OptionalDateTimeEdit(const QString &checkText, QWidget *parent)
    : QWidget(parent), m_check(new QCheckBox(checkText, this)), m_edit(new QDateTimeEdit(this)),
      m_zone(new QLabel(this))
{
    m_edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_edit->setCalendarPopup(true);
    m_edit->setEnabled(false);
    m_zone->setText(timetext::zoneName());
    QPalette pal = m_zone->palette();
    pal.setColor(QPalette::WindowText, palette::muted(pal));
    m_zone->setPalette(pal);

    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_check);
    row->addWidget(m_edit, 1);
    row->addWidget(m_zone);

    connect(m_check, &QCheckBox::toggled, this, [this](bool on) {
        m_edit->setEnabled(on);
        if (on)
            m_edit->setFocus();
        emit changed();
    });
    connect(m_edit, &QDateTimeEdit::dateTimeChanged, this, &OptionalDateTimeEdit::changed);
}

void OptionalDateTimeEdit::setObjectNames(const QString &base)
{
    setObjectName(base);
    m_check->setObjectName(base + QStringLiteral("Check"));
    m_edit->setObjectName(base + QStringLiteral("Edit"));
}

void OptionalDateTimeEdit::setDefaultTime(const QDateTime &utc)
{
    // Minutes are the useful precision for a human-entered instant.
    QDateTime local = utc.toLocalTime();
    local.setTime(QTime(local.time().hour(), local.time().minute()));
    m_edit->setDateTime(local);
    m_zone->setText(timetext::zoneName(utc));
}

bool OptionalDateTimeEdit::isRecorded() const { return m_check->isChecked(); }
void OptionalDateTimeEdit::setRecorded(bool on) { m_check->setChecked(on); }

QDateTime OptionalDateTimeEdit::value() const
{
    if (!m_check->isChecked())
        return {};
    return m_edit->dateTime().toUTC();
}

void OptionalDateTimeEdit::setValue(const QDateTime &utc)
{
    m_check->setChecked(utc.isValid());
    if (utc.isValid())
        setDefaultTime(utc);
}

} // namespace firebreak::ui
