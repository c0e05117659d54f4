#pragma once

#include "forensics/crypto/AuditCheckpoints.h"

#include <QDateTime>
#include <QToolButton>

#include <optional>

class QTimer;

namespace firebreak::ui {

// The workbench's side of the checkpoint promise (docs/AUDIT-TRAIL.md):
// while a store is open and the installation's key is unlocked, it signs the
// chain head when the newest checkpoint is an hour old (quiet hours too) and
// right after anything is exported. It watches the audit trail for
// "*.export" actions instead of hooking every panel, so an export from any
// dialog counts. Shown as a status-bar button that says the key's state and
// unlocks it on a click: never a modal prompt at start, which would stand
// between a commander and the incident list at 3 a.m.
class CheckpointKeeper : public QToolButton {
    Q_OBJECT
public:
    explicit CheckpointKeeper(QString keyPath, QWidget *parent = nullptr);
    ~CheckpointKeeper() override;

    void setStore(CaseStore *store); // nullptr when no store is open
    bool isUnlocked() const { return m_key.has_value(); }
    // Loads the key with `passphrase`; on failure the key stays locked.
    Status unlock(const QByteArray &passphrase);
    // One look at the store: what the timer does every few seconds.
    void check();

    static constexpr int kPollIntervalMs = 5000;

signals:
    void checkpointSigned(qint64 number, qint64 entries);

private:
    void askPassphrase();
    void updateLabel(const QString &problem = {});

    QString m_keyPath;
    CaseStore *m_store = nullptr;
    std::optional<Ed25519Key> m_key;
    qint64 m_seenSeq = 0;
    bool m_exportPending = false; // an export was seen and its checkpoint is not signed yet
    QDateTime m_lastFailure;
    QTimer *m_timer;
};

} // namespace firebreak::ui
