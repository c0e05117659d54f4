#include "ZonedTimeEdit.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QTimeZone>

namespace firebreak::ui {

ZonedTimeEdit::ZonedTimeEdit(const QDateTime &utc, QWidget *parent)
    : QWidget(parent), m_edit(new QDateTimeEdit(this)), m_zone(new QComboBox(this))
{
    m_edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_edit->setCalendarPopup(true);
    m_zone->setEditable(true);
    m_zone->setInsertPolicy(QComboBox::NoInsert);
    m_zone->setToolTip(tr("The time zone the time was read in; stored in UTC with the zone named"));
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_zone->addItem(QString::fromUtf8(id));
    QString system = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    if (system.isEmpty() || !QTimeZone(system.toUtf8()).isValid())
        system = QStringLiteral("UTC");
    m_zone->setMinimumContentsLength(16);
    setZone(system);
    // Minutes are the useful precision for a human-entered instant.
    QDateTime local = utc.toTimeZone(QTimeZone(system.toUtf8()));
    local.setTime(QTime(local.time().hour(), local.time().minute()));
    m_edit->setDateTime(QDateTime(local.date(), local.time()));

    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_edit, 1);
    row->addWidget(m_zone, 1);
    setFocusProxy(m_edit);
    connect(m_edit, &QDateTimeEdit::dateTimeChanged, this, &ZonedTimeEdit::changed);
    connect(m_zone, &QComboBox::currentTextChanged, this, &ZonedTimeEdit::changed);
}

void ZonedTimeEdit::setObjectNames(const QString &base)
{
    m_edit->setObjectName(base + QStringLiteral("Edit"));
    m_zone->setObjectName(base + QStringLiteral("ZoneCombo"));
}

QString ZonedTimeEdit::zone() const
{
    return m_zone->currentText().trimmed();
}

bool ZonedTimeEdit::zoneValid() const
{
    return !zone().isEmpty() && QTimeZone(zone().toUtf8()).isValid();
}

void ZonedTimeEdit::setZone(const QString &ianaId)
{
    const int i = m_zone->findText(ianaId);
    if (i >= 0)
        m_zone->setCurrentIndex(i);
    else
        m_zone->setEditText(ianaId);
}

QDateTime ZonedTimeEdit::value() const
{
    if (!zoneValid())
        return {};
    // The typed wall-clock time, read in the chosen zone (not this computer's).
    const QDateTime typed = m_edit->dateTime();
    return QDateTime(typed.date(), QTime(typed.time().hour(), typed.time().minute()), QTimeZone(zone().toUtf8()))
        .toUTC();
}

} // namespace firebreak::ui
