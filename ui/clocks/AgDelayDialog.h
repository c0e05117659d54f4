#pragma once

#include "model/clocks/ClockService.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace firebreak::ui {

// Records an SEC Form 8-K Item 1.05(c) delay: the U.S. Attorney General
// determined that disclosure poses a substantial risk to national security
// or public safety. Offers what `firebreak-cli clock delay` allows, no
// more: the next period of the rule (30, 30, then 60 days), its ground,
// the determination's time and reference, who recorded it and why; shows
// the deadline it gives before saving, and the model's refusal otherwise.
class AgDelayDialog : public QDialog {
    Q_OBJECT
public:
    AgDelayDialog(CaseStore &store, ClockService &service, const QString &incidentId, const QString &clockId,
                  QWidget *parent = nullptr);

    QString validationProblem() const;
    QString preview() const;

    void accept() override;

signals:
    void delayRecorded(const QString &incidentId, const QString &clockId);

private:
    DelayRequest request() const;
    void revalidate();

    CaseStore &m_store;
    ClockService &m_service;
    QString m_incidentId;
    QString m_clockId;
    std::optional<ClockStatus> m_status;
    QLabel *m_period;
    QSpinBox *m_days;
    QComboBox *m_ground;
    QDateTimeEdit *m_determinedAt;
    QLabel *m_zone;
    QLineEdit *m_reference;
    QLineEdit *m_recordedBy;
    QPlainTextEdit *m_reason;
    QLabel *m_preview;
    QLabel *m_hint;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace firebreak::ui
