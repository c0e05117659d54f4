#pragma once

#include "ClockText.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace firebreak::ui {

class TimeLeftBar;

// One notification clock in the clock panel: what is due, to whom, by
// when, how long is left, and the buttons that end it. Holds no state of
// its own beyond the last ClockStatus it was shown.
class ClockCard : public QFrame {
    Q_OBJECT
public:
    explicit ClockCard(const QString &clockId, QWidget *parent = nullptr);

    QString clockId() const { return m_clockId; }
    void showStatus(const ClockStatus &status, const QDateTime &now, const QString &waitingForTitle = {});

    clocktext::Urgency urgency() const { return m_urgency; }
    QString countdown() const;

signals:
    void noticeRequested(const QString &clockId);
    void waiveRequested(const QString &clockId);
    void draftRequested(const QString &clockId);
    void delayRequested(const QString &clockId); // SEC Item 1.05(c) Attorney General delay

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void applyColours();

    QString m_clockId;
    clocktext::Urgency m_urgency = clocktext::Urgency::Calm;
    QLabel *m_title;
    QLabel *m_countdown;
    QLabel *m_recipient;
    QLabel *m_deadline;
    QLabel *m_basis; // the deadline's arithmetic and legal basis (issue 18)
    TimeLeftBar *m_bar;
    QLabel *m_state;
    QPushButton *m_draft;
    QPushButton *m_notice;
    QPushButton *m_waive;
    QPushButton *m_delay;
};

} // namespace firebreak::ui
