#pragma once

#include "model/evidence/EvidenceService.h"

#include <QWidget>

class QAction;
class QLabel;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QSplitter;

namespace firebreak::services {
class BackgroundJob;
}

namespace firebreak::ui {

class EvidenceDetails;
class EvidenceListModel;
class PlaceholderTableView;

// The Evidence tab of an incident (issue #4): the register on the left,
// the selected item's facts, verification history and chain of custody on
// the right; Add file…, Verify now, Record transfer…, Record custody… and
// Hand over evidence… above. Hashing runs on a worker thread with progress
// and Cancel; a mismatch is shown loudly and stays visible in the list.
class EvidencePanel : public QWidget {
    Q_OBJECT
public:
    // The store belongs to the caller and outlives the panel.
    explicit EvidencePanel(CaseStore &store, QWidget *parent = nullptr);
    ~EvidencePanel() override;

    QString incidentId() const { return m_incidentId; }
    void setIncident(const QString &incidentId);
    QString selectedNumber() const;
    void selectEvidence(const QString &evidenceNumber);
    int itemCount() const;
    int problemCount() const;
    bool isVerifying() const;
    QString statusText() const;
    // The notice naming acquisitions of this incident that never finished
    // (empty when there are none): shown above the register.
    QString interruptedText() const;
    EvidenceDetails *details() const { return m_details; }

public slots:
    // Re-reads the register and the selected item's history; keeps the selection.
    void reload();
    void addFile();
    void verifySelected();
    void cancelVerify();
    void recordTransfer();
    void recordCustody();

signals:
    // Something was recorded from this panel (the window re-verifies the audit trail).
    void evidenceChanged(const QString &incidentId);
    // "Hand over evidence…": the handover dialog is someone else's.
    void handoverRequested(const QString &incidentId);
    // A verification ended (not emitted when it was cancelled or could not run).
    void verificationFinished(const QString &evidenceNumber, firebreak::Verification result);
    // The register was read again (item and mismatch counts may have changed).
    void reloaded();

private:
    void showSelected();
    void selectRow(int row);
    void updateButtons();
    void showStatus(const QString &text, bool problem);
    void showInterrupted();
    void openCustodyDialog(const QString &action);
    void linkSystem();
    void copySha256();

    CaseStore &m_store;
    EvidenceService m_service;
    QString m_incidentId;
    EvidenceListModel *m_model;
    PlaceholderTableView *m_table;
    EvidenceDetails *m_details;
    QScrollArea *m_detailsArea;
    QSplitter *m_split;
    QPushButton *m_add;
    QPushButton *m_verify;
    QPushButton *m_transfer;
    QPushButton *m_custody;
    QPushButton *m_handover;
    QAction *m_linkSystem = nullptr; // context menu of the table: "Taken from system…"
    QWidget *m_jobStrip;
    QProgressBar *m_progress;
    QLabel *m_rate;
    QPushButton *m_cancel;
    QLabel *m_status;
    QLabel *m_interrupted;
    QLabel *m_error;
    services::BackgroundJob *m_job;
    QString m_verifying;   // evidence number being verified
    QString m_shownNumber; // whose details are on screen
};

} // namespace firebreak::ui
