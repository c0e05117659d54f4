#pragma once

#include "model/Audit.h"

#include <QObject>

class QLabel;
class QStatusBar;

namespace firebreak::ui {

// The status bar's permanent facts: which case store is open, who the
// audit trail names, and the audit chain's state (UX.md).
class StoreStatus : public QObject {
    Q_OBJECT
public:
    explicit StoreStatus(QStatusBar *bar);

    void setStore(const QString &path, const QString &actor);
    void setNoStore(const QString &why);
    void setVerdict(const AuditVerdict &verdict);
    void setVerificationFailed(const QString &message);

private:
    void setWarning(bool on);

    QLabel *m_store;
    QLabel *m_actor;
    QLabel *m_chain;
};

} // namespace firebreak::ui
