#pragma once

#include <QDialog>
#include <QStringList>

class QComboBox;
class QDialogButtonBox;
class QInputDialog;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QStackedWidget;

namespace firebreak::ui {

// "Open case store…": a case file on this computer (chosen with a file
// dialog, as before) or a team store on a PostgreSQL server, given by its
// fields (server, port, database, login, encryption) or by a pasted
// postgresql:// address; the two stay in step. There is no password field:
// an address carrying one is refused, and the password is asked for only
// when the server wants it (passwordPrompt), kept in memory, never saved.
class OpenStoreDialog : public QDialog {
    Q_OBJECT
public:
    explicit OpenStoreDialog(QWidget *parent = nullptr);

    // Starts from this store (a path or an address), e.g. the one open now.
    void setSpec(const QString &spec);
    // Where the file chooser starts when no file is filled in.
    void setFileDirectory(const QString &dir) { m_fileDirectory = dir; }

    bool isTeamStore() const;
    // What to open: the file path or the postgresql:// address.
    QString spec() const;
    // Why Open is disabled (empty when it is not).
    QString problem() const;

    // The address for these fields, e.g. postgresql://alice@db:5432/ir?sslmode=verify-full.
    static QString buildUrl(const QString &host, int port, const QString &database, const QString &user,
                            const QString &sslMode, const QStringList &otherOptions = {});

signals:
    void storeChosen(const QString &spec);

public slots:
    void accept() override;

private:
    QWidget *buildFilePage();
    QWidget *buildTeamPage();
    void setTeamMode(bool team);
    void fieldsEdited();
    void urlEdited(const QString &text);
    void browse();
    void revalidate();
    void updateSslHint();

    QRadioButton *m_fileRadio;
    QRadioButton *m_teamRadio;
    QStackedWidget *m_pages;
    QLineEdit *m_path = nullptr;
    QPushButton *m_browse = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QComboBox *m_sslMode = nullptr;
    QLabel *m_sslHint = nullptr;
    QLineEdit *m_url = nullptr;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    QStringList m_otherOptions; // from a pasted address: sslrootcert=..., kept as given
    QString m_urlProblem;
    QString m_fileDirectory;
};

// The no-echo password prompt for a team store (objectName
// storePasswordDialog, its field storePasswordEdit), window-modal and shown
// with open(), never exec(). `attempt` counts from 1; from the second on it
// says the server refused the last password. Deletes itself when closed.
QInputDialog *passwordPrompt(const QString &storeAddress, const QString &login, int attempt, int maxAttempts,
                             QWidget *parent);

} // namespace firebreak::ui
