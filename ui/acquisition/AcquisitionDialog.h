#pragma once

#include "forensics/imaging/ImagingTypes.h"
#include "model/CaseStore.h"

#include <QDialog>
#include <QElapsedTimer>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace firebreak::services {
class BackgroundJob;
struct AcquisitionOutcome;
} // namespace firebreak::services

namespace firebreak::ui {

// The "collect" step's acquisition dialog (UX.md): pick a device or a
// file, a destination (free space shown), hashes, split, verification and
// the examiner's details; then a progress view with rate, time left and
// bad sectors that never blocks the window; Cancel at any time; at the end
// the hashes in a monospace, copyable block, the verdict in words, and the
// image registered as evidence of the incident.
class AcquisitionDialog : public QDialog {
    Q_OBJECT
public:
    AcquisitionDialog(CaseStore &store, const QString &incidentId, QWidget *parent = nullptr);
    ~AcquisitionDialog() override;

    // Test seam and scripting: fill the form without the file pickers.
    void setSource(const QString &path);
    void setDestination(const QString &path);
    bool isRunning() const;
    QString resultText() const;
    QString registeredEvidence() const { return m_registered; }

public slots:
    void start();
    void cancelOrClose();

signals:
    void finishedAcquisition(bool complete);
    void evidenceRegistered(const QString &incidentId, const QString &evidenceNumber);

protected:
    void reject() override;

private:
    void buildForm();
    void fillDevices();
    void updateFreeSpace();
    void updateFormatFields();
    void onProgress(const ImagingProgress &p);
    void showPhase(ImagingPhase phase);
    void onFinished(const services::AcquisitionOutcome &outcome);
    QString validationProblem() const;

    CaseStore &m_store;
    QString m_incidentId;
    services::BackgroundJob *m_job; // runs the acquisition session with a store of its own
    QComboBox *m_devices;
    QLineEdit *m_source;
    QLineEdit *m_destination;
    QLabel *m_freeSpace;
    QCheckBox *m_md5, *m_sha1, *m_sha256, *m_sha512, *m_verify;
    QLineEdit *m_split;
    QComboBox *m_format, *m_compression; // raw / e01; none / fast / best
    QLineEdit *m_segmentSize;            // E01 segment size, empty: ewfacquire's default
    QLineEdit *m_examiner, *m_evidenceId, *m_description, *m_mediaLocation;
    QComboBox *m_system; // hostname of the listed system the source belongs to, or none
    QProgressBar *m_progress;
    QLabel *m_phase;
    QLabel *m_rate;
    QLabel *m_error;
    QPlainTextEdit *m_result;
    QPushButton *m_start;
    QPushButton *m_cancel;
    QString m_registered;
    bool m_verifyRequested = false;
    ImagingPhase m_shownPhase = ImagingPhase::Acquire;
    QElapsedTimer m_elapsed;
};

} // namespace firebreak::ui
