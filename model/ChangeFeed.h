#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class QSqlDriver;
class QThread;
class QTimer;

namespace firebreak {

class CaseStore;

// The store's change feed (issue #22: storage stays in model/storage, the
// front ends subscribe). Implemented in storage/ChangeFeed.cpp.
// Notices changes that others make to the open case store, so the window
// can show them without anyone pressing Refresh. Every change appends to
// the audit trail, so "the last audit seq grew" is the one signal needed:
// - on a team store the server announces each append (LISTEN
//   on kChangeChannel, delivered on the GUI thread's connection);
// - on every store, a poll of the last seq every kPollIntervalMs is the
//   fallback (a missed notification, a CLI writing the same SQLite file).
// The poll runs on a thread of its own with its own connection, so a slow
// or vanished server never freezes the window; a poll that gets no answer
// for kStallMs, or an error, makes the store "unreachable" until a poll
// succeeds again. storeChanged() is debounced: a burst of appends is one
// refresh, and refreshes come at most once a second.
class ChangeFeed : public QObject {
    Q_OBJECT
public:
    static constexpr int kPollIntervalMs = 2000;
    static constexpr int kSettleMs = 250;
    static constexpr int kStallMs = 6000;
    static constexpr int kMinGapMs = 1000; // between two storeChanged()

    explicit ChangeFeed(QObject *parent = nullptr);
    ~ChangeFeed() override;

    // Starts watching `store` (nullptr: stops). Call with nullptr before
    // the store is destroyed: the poll thread uses it.
    void setStore(CaseStore *store);
    // The window now shows the store as of audit entry `seq`: announcements
    // up to it (our own writes included) are no news.
    void setShownSeq(qint64 seq);

    bool isListening() const { return m_listening; }
    bool isReachable() const { return m_reachable; }
    // Why the store is unreachable (empty while it is reachable).
    QString problem() const { return m_problem; }

signals:
    void storeChanged();
    // The store stopped answering, or answers again (then storeChanged follows).
    void reachabilityChanged(bool reachable);
    // The server's announcements arrive (or stopped: the poll carries on).
    void listeningChanged(bool listening);

private:
    void poll();
    void polled(quint64 generation, bool ok, qint64 seq, const QString &error);
    void announced(const QString &channel, const QVariant &payload);
    void noteSeq(qint64 seq);
    void scheduleChange();
    void listen();
    void unlisten();
    void checkListening();
    void setListening(bool listening);
    void reconnect();
    void setReachable(bool reachable, const QString &problem);
    void stopThread();

    CaseStore *m_store = nullptr;
    QThread *m_thread;
    QObject *m_worker; // lives on m_thread: polls run there
    QTimer *m_pollTimer;
    QTimer *m_settle;
    QPointer<QSqlDriver> m_driver;
    QElapsedTimer m_inFlight; // valid while a poll is out
    QElapsedTimer m_sinceChange;
    quint64 m_generation = 0; // a poll answer for an earlier store is dropped
    qint64 m_shownSeq = -1;
    bool m_listening = false;
    bool m_listenedOnce = false; // this store's server lets us LISTEN
    bool m_reachable = true;
    bool m_relisten = false; // the listening connection died: reconnect after the next answered poll
    QString m_problem;
};

} // namespace firebreak
