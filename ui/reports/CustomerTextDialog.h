#pragma once

#include "app/documents/ReportFacts.h"

#include <QDialog>
#include <QMap>

class QPlainTextEdit;

namespace firebreak {
class CaseStore;
}

namespace firebreak::ui {

// The customer RFO's allow-list (issue #20): for each section (and each
// notice's reference or reasons for delay), the text the customer will
// read, written or approved here, with the internal text beside it as its
// source. "Approve" saves every changed field; each approval is audited
// under the user's name. Nothing else typed in the incident reaches the RFO.
class CustomerTextDialog : public QDialog {
    Q_OBJECT
public:
    CustomerTextDialog(CaseStore &store, const documents::IncidentFacts &facts, QWidget *parent = nullptr);

    // Fields changed and approved by the last accept(); empty before.
    QStringList approvedFields() const { return m_approved; }

public slots:
    void accept() override;

private:
    CaseStore &m_store;
    QString m_incidentId;
    QMap<QString, QString> m_original;      // field → approved text when opened
    QMap<QString, QPlainTextEdit *> m_edit; // field → the customer text
    QStringList m_approved;
};

} // namespace firebreak::ui
