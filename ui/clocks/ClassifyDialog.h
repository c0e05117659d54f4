#pragma once

#include "model/clocks/ClockService.h"

#include <QDateTime>
#include <QDialog>
#include <QHash>

class QCheckBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace firebreak::ui {

// Records what the incident is (personal data involved, significant under
// NIS2, …) and from which instant, which starts the matching clocks. Who
// decided and why are part of the record. Kinds already recorded are shown
// checked and locked; moving their instant is an amendment.
class ClassifyDialog : public QDialog {
    Q_OBJECT
public:
    ClassifyDialog(CaseStore &store, ClockService &service, const QString &incidentId, QWidget *parent = nullptr);

    // Why OK is disabled, or empty when the form can be submitted.
    QString validationProblem() const;
    QStringList checkedKinds() const; // newly checked only

    void accept() override;

    // Plain-language label and meaning of a classification kind.
    static QString kindLabel(const QString &kind);
    static QString kindMeaning(const QString &kind);
    // "Customer notice: personal-data breach (24 h), GDPR Art. 33 (72 h)".
    static QString clocksStartedBy(const ClockRuleSet &rules, const QString &kind);

signals:
    void classified(const QString &incidentId);
    void triggerAmended(const QString &incidentId);

private:
    QStringList kindsToSend() const;
    void loadRecorded();
    void revalidate();
    void openAmend();

    CaseStore &m_store;
    ClockService &m_service;
    QString m_incidentId;
    QHash<QString, QCheckBox *> m_checks;
    QHash<QString, QLabel *> m_hints;
    QStringList m_recorded;
    QDateTime m_awareAt; // the incident's one awareness, if recorded
    QDateTimeEdit *m_trigger;
    QLabel *m_zone;
    QLineEdit *m_decidedBy;
    QPlainTextEdit *m_reason;
    QLabel *m_hint;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QPushButton *m_amend;
};

} // namespace firebreak::ui
