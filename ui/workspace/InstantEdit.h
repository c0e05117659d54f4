#pragma once

#include <QDateTime>
#include <QWidget>

class QDateTimeEdit;
class QLabel;

namespace firebreak::ui {

// A required instant typed in local time, with the zone named next to it.
// value() is UTC at minute precision.
class InstantEdit : public QWidget {
    Q_OBJECT
public:
    explicit InstantEdit(const QDateTime &utc, QWidget *parent = nullptr);

    // Names the editor `<base>` for tests and focus chains.
    void setEditorObjectName(const QString &name);
    QDateTime value() const;
    void setValue(const QDateTime &utc);
    QDateTimeEdit *editor() const { return m_edit; }

private:
    QDateTimeEdit *m_edit;
    QLabel *m_zone;
};

} // namespace firebreak::ui
