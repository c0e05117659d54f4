#pragma once

#include <QDateTime>
#include <QWidget>

class QComboBox;
class QDateTimeEdit;

namespace firebreak::ui {

// An instant as read off a clock somewhere: date and time typed in the
// chosen IANA zone (default: this computer's). Evidence records keep both
// the UTC instant and the zone it was given in (RFC 3227 §4).
class ZonedTimeEdit : public QWidget {
    Q_OBJECT
public:
    explicit ZonedTimeEdit(const QDateTime &utc, QWidget *parent = nullptr);

    // Names the editors `<base>Edit` and `<base>ZoneCombo` for tests.
    void setObjectNames(const QString &base);
    // UTC at minute precision; invalid when the zone is unknown.
    QDateTime value() const;
    QString zone() const;
    bool zoneValid() const;
    void setZone(const QString &ianaId);
    QDateTimeEdit *editor() const { return m_edit; }
    QComboBox *zoneCombo() const { return m_zone; }

signals:
    void changed();

private:
    QDateTimeEdit *m_edit;
    QComboBox *m_zone;
};

} // namespace firebreak::ui
