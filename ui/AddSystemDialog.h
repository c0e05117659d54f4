#pragma once

#include "model/CaseStore.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace firebreak::ui {

// Records an affected system. Host name, IP and MAC addresses are checked
// for shape before anything is written: they identify evidence later.
class AddSystemDialog : public QDialog {
    Q_OBJECT
public:
    AddSystemDialog(CaseStore &store, QString incidentId, QWidget *parent = nullptr);

    QString validationProblem() const;
    void accept() override;

    // Shape checks, public for tests. Lists may be separated by commas or spaces.
    static bool isHostname(const QString &s);
    static bool isIpList(const QString &s);
    static bool isMacList(const QString &s);

signals:
    void systemAdded(const QString &incidentId);

private:
    void revalidate();

    CaseStore &m_store;
    QString m_incidentId;
    QLineEdit *m_hostname;
    QLineEdit *m_ip;
    QLineEdit *m_mac;
    QLineEdit *m_owner;
    QLineEdit *m_location;
    QLabel *m_hint;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace firebreak::ui
