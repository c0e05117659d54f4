#pragma once

#include "model/clocks/ClockService.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace firebreak::ui {

// Moves the instant of a recorded classification (e.g. aware_at turned out
// to be earlier). Deadlines follow; the amendment and its required reason
// go to the audit trail.
class AmendTriggerDialog : public QDialog {
    Q_OBJECT
public:
    AmendTriggerDialog(CaseStore &store, ClockService &service, const QString &incidentId, QWidget *parent = nullptr);

    QString validationProblem() const;
    // The deadlines the new instant gives, one line per clock.
    QString preview() const;

    void accept() override;

signals:
    void amended(const QString &incidentId);

private:
    void kindChanged();
    void revalidate();
    QDateTime currentTrigger() const;

    CaseStore &m_store;
    ClockService &m_service;
    QString m_incidentId;
    QList<Classification> m_recorded;
    QComboBox *m_kind;
    QLabel *m_current;
    QDateTimeEdit *m_trigger;
    QLabel *m_zone;
    QPlainTextEdit *m_reason;
    QLabel *m_preview;
    QLabel *m_hint;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace firebreak::ui
