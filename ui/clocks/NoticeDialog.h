#pragma once

#include "model/clocks/ClockService.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace firebreak::ui {

// Records that a notice was sent: the initial notice ends the clock, later
// ones are supplements (Art. 33(4)). A first notice after the deadline
// needs the reasons for the delay, as ClockService requires; the field
// appears and OK stays disabled until it is filled.
class NoticeDialog : public QDialog {
    Q_OBJECT
public:
    NoticeDialog(CaseStore &store, ClockService &service, const QString &incidentId, const QString &clockId,
                 QWidget *parent = nullptr);

    bool isSupplement() const;
    // The sent-at instant is after the deadline of a first notice.
    bool isLate() const;
    QString validationProblem() const;
    Notice notice() const;

    void accept() override;

signals:
    void noticeRecorded(const QString &incidentId, const QString &clockId);

private:
    void revalidate();
    void browseDocument();

    CaseStore &m_store;
    ClockService &m_service;
    QString m_incidentId;
    QString m_clockId;
    std::optional<ClockStatus> m_status;
    QLabel *m_phase;
    QLineEdit *m_recipient;
    QComboBox *m_channel;
    QLineEdit *m_reference;
    QDateTimeEdit *m_sentAt;
    QLabel *m_zone;
    QLineEdit *m_document;
    QPushButton *m_browse;
    QLabel *m_late;
    QLabel *m_delayLabel;
    QPlainTextEdit *m_delayReason;
    QLabel *m_hint;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace firebreak::ui
