#pragma once

#include "model/response/ResponseRecords.h"
#include "ui/clocks/NextDeadline.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;

namespace firebreak::ui {

// The strip of the incident workspace that never scrolls away (issue #19):
// the selected step's actions (Mark done, Skip…, Reassign…, Reopen…, the
// button that records what it needs), the next mandatory open step, and the
// nearest deadline. On a 1366×768 screen the step's text may scroll; what to
// do next stays in view.
class NextActionBar : public QWidget {
    Q_OBJECT
public:
    // `stepActions` is the step panel's row of buttons; the bar hosts it.
    explicit NextActionBar(QWidget *stepActions, QWidget *parent = nullptr);

    // `current` is the selected step (null: none), `next` the next
    // mandatory open step other than it (null: none), `deadline` the
    // incident's most urgent open clock.
    void setData(const IncidentStep *current, const IncidentStep *next, const std::optional<NextDeadline> &deadline,
                 bool closed);

signals:
    void nextClicked();
    void deadlineClicked();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void elideStep();

    QString m_stepText;
    QString m_nextText;
    QLabel *m_step;
    QPushButton *m_next;
    QPushButton *m_deadline;
};

} // namespace firebreak::ui
