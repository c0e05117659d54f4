#pragma once

#include "model/clocks/ClockService.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QPlainTextEdit;

namespace firebreak::ui {

// Moves a recorded trigger instant: the incident's awareness (every clock
// counting from it re-bases: customer, GDPR, NIS2, DORA's 24 h) or the
// instant of another decision (high-risk, major, material). Before saving
// it shows which clocks move and by how much, and asks for the reasons for
// the delay of a sent notice the amendment makes late — what
// `firebreak-cli clock amend` allows, no more.
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
    Result<AmendmentPlan> currentPlan() const;

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
    // One "reasons for the delay" field per sent notice the amendment makes
    // late (the CLI's --delay-reason CLOCK=TEXT, repeatable); fields of
    // clocks no longer concerned are hidden, their text kept.
    void showDelayFields(const QStringList &clocks);
    QHash<QString, QString> delayReasons(const QStringList &clocks) const;
    QWidget *m_delayBox;
    QFormLayout *m_delayForm;
    QHash<QString, QPlainTextEdit *> m_delayEdits;
    Incident m_incident;
    QLabel *m_hint;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace firebreak::ui
