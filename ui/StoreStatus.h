#pragma once

#include "model/Audit.h"

#include <QObject>

class QLabel;
class QStatusBar;

namespace firebreak::ui {

// The status bar's permanent facts: which case store is open (a file, or a
// team store's address and the database login used), who the audit trail
// names, whether other people's changes arrive live, and the audit chain's
// state (UX.md).
class StoreStatus : public QObject {
    Q_OBJECT
public:
    explicit StoreStatus(QStatusBar *bar);

    // `databaseLogin` is empty for a case file.
    // `role` is the login's Firebreak role in a team store, as shown to people.
    void setStore(const QString &where, const QString &actor, const QString &databaseLogin = {},
                  const QString &role = {});
    void setNoStore(const QString &why);
    // Team stores: whether the server announces changes (else they are
    // polled for), and whether it answers at all.
    void setLive(bool listening);
    void setReachable(bool reachable, const QString &problem);
    void setVerdict(const AuditVerdict &verdict);
    void setVerificationFailed(const QString &message);

private:
    void setWarning(bool on);

    QLabel *m_store;
    QLabel *m_actor;
    QLabel *m_live;
    QLabel *m_chain;
    bool m_team = false;
    bool m_listening = false;
};

} // namespace firebreak::ui
