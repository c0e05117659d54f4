#pragma once

#include "model/CaseStore.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace firebreak::archive {
struct ExportResult;
}
namespace firebreak::services {
class BackgroundJob;
}

namespace firebreak::ui {

// "Hand over evidence…": choose the items (ship the files, or only their
// hash records when the data goes on separate media), the recipient and
// purpose, where to write (folder or tar), the examiner's signing key and
// an optional recipient certificate to encrypt to. The package is made on
// a worker thread with progress, rate, time left and Cancel; at the end
// the dialog shows the manifest's SHA-256 and the exact commands the
// recipient runs, and the transfer is recorded in the custody chain.
class HandoverDialog : public QDialog {
    Q_OBJECT
public:
    HandoverDialog(CaseStore &store, const QString &incidentId, QWidget *parent = nullptr);
    ~HandoverDialog() override;

    bool isRunning() const;
    QString manifestSha256() const { return m_manifestSha256; }
    QString packagePath() const { return m_packagePath; }

public slots:
    void start();
    void cancelOrClose();
    void generateKey();

signals:
    // After a run ends: `ok` when the package is complete and recorded.
    void finishedHandover(bool ok);

protected:
    void reject() override;

private:
    void buildForm();
    void fillItems();
    QString validationProblem() const;
    void onProgress(qint64 done, qint64 total, double bytesPerSecond, double secondsLeft);
    void onFinished(const QString &error, const archive::ExportResult &result);
    void setError(const QString &text);
    void setFormEnabled(bool enabled);

    CaseStore &m_store;
    QString m_incidentId;
    QTableWidget *m_items;
    QLineEdit *m_recipient, *m_purpose, *m_method;
    QLineEdit *m_output;
    QComboBox *m_format;
    QLineEdit *m_signKey, *m_signCert, *m_passphrase, *m_encryptTo;
    QProgressBar *m_progress;
    QLabel *m_rate;
    QLabel *m_error;
    QPlainTextEdit *m_result;
    QPushButton *m_start, *m_cancel, *m_newKey;
    services::BackgroundJob *m_job;
    QString m_manifestSha256, m_packagePath;
};

} // namespace firebreak::ui
