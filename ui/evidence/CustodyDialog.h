#pragma once

#include "model/evidence/EvidenceService.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace firebreak::ui {

class ZonedTimeEdit;

// "Record transfer…" and "Record custody…": one entry of an item's chain
// of custody. A transfer names who handed it over and who received it,
// when (in the zone it happened in), why, where and how (hand delivery,
// courier and shipping number). Appended and audited by EvidenceService.
class CustodyDialog : public QDialog {
    Q_OBJECT
public:
    // `action` is one of custodyActions() except "collected" (recorded when the item is registered).
    CustodyDialog(CaseStore &store, const QString &incidentId, const QString &evidenceNumber, const QString &action,
                  QWidget *parent = nullptr);

    QString validationProblem() const;
    void accept() override;

signals:
    void recorded(const QString &incidentId, const QString &evidenceNumber);

private:
    void revalidate();
    QString action() const;
    bool fromIsNotHolder() const; // a hand-off whose From is not who holds the item by its chain

    CaseStore &m_store;
    EvidenceService m_service;
    QString m_incidentId;
    QString m_number;
    QComboBox *m_action;
    QLineEdit *m_from;
    QLineEdit *m_to;
    ZonedTimeEdit *m_at;
    QLineEdit *m_purpose;
    QLineEdit *m_location;
    QLineEdit *m_method;
    QPlainTextEdit *m_notes;
    QLineEdit *m_override; // why a hand-off is recorded from someone who does not hold the item
    QList<CustodyEvent> m_chain;
    QString m_holder;
    QDateTime m_holderSince; // when the chain made m_holder the holder
    QLabel *m_holderLine;    // "Held by … since …": whose custody a non-holder hand-off overrides
    QFormLayout *m_form;
    QLabel *m_hint;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

// "Transferred", "Examined", ... for a custody action key.
QString custodyActionText(const QString &action);

} // namespace firebreak::ui
