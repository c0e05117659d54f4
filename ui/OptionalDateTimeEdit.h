#pragma once

#include <QDateTime>
#include <QWidget>

class QCheckBox;
class QDateTimeEdit;
class QLabel;

namespace firebreak::ui {

// An instant the user may leave unrecorded: a check box that enables a
// local-time editor, with the time zone named next to it. value() is UTC,
// or invalid when unchecked.
class OptionalDateTimeEdit : public QWidget {
    Q_OBJECT
public:
    OptionalDateTimeEdit(const QString &checkText, QWidget *parent = nullptr);

    // Names the inner widgets `<base>Check` and `<base>Edit` for tests.
    void setObjectNames(const QString &base);
    void setDefaultTime(const QDateTime &utc);

    bool isRecorded() const;
    void setRecorded(bool on);
    QDateTime value() const; // UTC; invalid when not recorded
    void setValue(const QDateTime &utc);

    QDateTimeEdit *editor() const { return m_edit; }
    QCheckBox *checkBox() const { return m_check; }

signals:
    void changed();

private:
    QCheckBox *m_check;
    QDateTimeEdit *m_edit;
    QLabel *m_zone;
};

} // namespace firebreak::ui
