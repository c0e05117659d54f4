#pragma once

#include "model/CaseStore.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace firebreak::services {
class BackgroundJob;
}

namespace firebreak::ui {

class ZonedTimeEdit;

// "Add file…": a log file, a memory dump, a pcap, a photo of a label. The
// form takes the collection facts (DOMAIN.md); then the file is hashed
// (MD5, SHA-1, SHA-256) on a worker thread with progress, rate, time left
// and Cancel, and registered with its 'collected' custody entry. A
// cancelled or failed hash registers nothing.
class AddEvidenceDialog : public QDialog {
    Q_OBJECT
public:
    AddEvidenceDialog(CaseStore &store, const QString &incidentId, QWidget *parent = nullptr);
    ~AddEvidenceDialog() override;

    void setPath(const QString &path); // test seam and drag-and-drop: no file picker
    QString validationProblem() const;
    bool isRunning() const;
    QString statusText() const;

public slots:
    void accept() override;
    void reject() override;

signals:
    void evidenceAdded(const QString &incidentId, const QString &evidenceNumber);
    // Once per hashing run: the item was registered, or why not.
    void addFinished(bool registered);

private:
    void revalidate();
    void setRunning(bool running);
    void showStatus(const QString &text);

    CaseStore &m_store;
    QString m_incidentId;
    services::BackgroundJob *m_job;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QLineEdit *m_number;
    QLineEdit *m_description;
    QLineEdit *m_source;
    QLineEdit *m_collectedBy;
    ZonedTimeEdit *m_collectedAt;
    QLineEdit *m_storage;
    QComboBox *m_volatility;
    QWidget *m_form;
    QLabel *m_hint;
    QLabel *m_error;
    QProgressBar *m_progress;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
};

// Words for an RFC 3227 volatility class key ("memory-network-processes").
QString volatilityText(const QString &key);

} // namespace firebreak::ui
