#include "../ChangeFeed.h"

#include "../CaseStore.h"
#include "Database.h"
#include "Schema.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QThread>
#include <QTimer>

#include <algorithm>

namespace firebreak {

namespace {
// The channel the audit_log trigger announces each append on (schema v8):
// payload "<incident_id> <seq>".
} // namespace

ChangeFeed::ChangeFeed(QObject *parent)
    : QObject(parent), m_thread(new QThread(this)), m_worker(new QObject), m_pollTimer(new QTimer(this)),
      m_settle(new QTimer(this))
{
    setObjectName(QStringLiteral("storeWatcher"));
    m_thread->setObjectName(QStringLiteral("storeWatcherThread"));
    m_worker->moveToThread(m_thread);
    m_pollTimer->setObjectName(QStringLiteral("storePollTimer"));
    m_pollTimer->setInterval(kPollIntervalMs);
    connect(m_pollTimer, &QTimer::timeout, this, &ChangeFeed::poll);
    m_settle->setObjectName(QStringLiteral("storeChangeSettle"));
    m_settle->setSingleShot(true);
    m_settle->setInterval(kSettleMs);
    connect(m_settle, &QTimer::timeout, this, [this] {
        m_sinceChange.start();
        emit storeChanged();
    });
}

ChangeFeed::~ChangeFeed()
{
    setStore(nullptr);
    delete m_worker;
}

void ChangeFeed::setStore(CaseStore *store)
{
    if (m_store)
        m_store->database().setReopenOnlyWhenAsked(false);
    unlisten();
    m_pollTimer->stop();
    m_settle->stop();
    stopThread();
    ++m_generation;
    m_inFlight.invalidate();
    m_sinceChange.invalidate();
    m_store = store;
    m_shownSeq = -1;
    m_listenedOnce = false;
    m_relisten = false;
    m_reachable = true;
    m_problem.clear();
    if (!m_store)
        return;
    // This window's connection is reopened only when the probe below has
    // seen the server answer (reconnect()), never by a query of its own.
    m_store->database().setReopenOnlyWhenAsked(true);
    listen();
    m_thread->start(QThread::LowPriority);
    m_pollTimer->start();
}

void ChangeFeed::stopThread()
{
    if (!m_thread->isRunning())
        return;
    // Waits for a poll under way. The thread's connection to the old store
    // is closed as the thread finishes (Database: from QThread::finished),
    // so it is gone when wait() returns and the store may go away.
    m_thread->quit();
    m_thread->wait();
    // A poll queued for the old store must never run against the next one.
    QCoreApplication::removePostedEvents(m_worker);
}

void ChangeFeed::setShownSeq(qint64 seq)
{
    m_shownSeq = seq;
}

void ChangeFeed::poll()
{
    if (!m_store)
        return;
    checkListening();
    if (m_inFlight.isValid()) {
        if (m_inFlight.elapsed() > kStallMs)
            setReachable(false, tr("no answer for %1 seconds").arg(m_inFlight.elapsed() / 1000));
        return; // one poll at a time: a slow server is not sent a queue of them
    }
    m_inFlight.start();
    CaseStore *store = m_store;
    const quint64 generation = m_generation;
    QMetaObject::invokeMethod(
        m_worker,
        [this, store, generation] {
            // The thread's connection; opened here, so a server that is down
            // costs one connection attempt per poll and no warning. This is
            // the probe: never paused by an earlier failure.
            store->database().retryNow();
            QSqlDatabase db = store->readConnection();
            const QString name = db.connectionName();
            const Result<qint64> seq =
                db.isOpen() ? store->auditLastSeq() : Result<qint64>(Error::failed(db.lastError().text().trimmed()));
            if (!seq) {
                // The next poll starts on a fresh connection: after a server
                // restart the old one stays broken.
                db.close();
                db = QSqlDatabase();
                QSqlDatabase::removeDatabase(name);
            }
            const bool ok = seq.ok();
            const qint64 value = ok ? *seq : -1;
            const QString error = ok ? QString() : seq.error().message;
            QMetaObject::invokeMethod(
                this, [this, generation, ok, value, error] { polled(generation, ok, value, error); },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void ChangeFeed::polled(quint64 generation, bool ok, qint64 seq, const QString &error)
{
    if (generation != m_generation)
        return;
    m_inFlight.invalidate();
    if (!ok) {
        setReachable(false, error);
        return;
    }
    if (!m_reachable) {
        // Back: the GUI thread's connection may have died with the server.
        m_relisten = false;
        reconnect();
        setReachable(true, {});
        scheduleChange();
        return;
    }
    if (m_relisten) {
        m_relisten = false;
        reconnect();
    }
    noteSeq(seq);
}

void ChangeFeed::announced(const QString &channel, const QVariant &payload)
{
    if (channel != schema::changeChannel())
        return;
    bool parsed = false;
    const qint64 seq = payload.toString().section(QLatin1Char(' '), -1).toLongLong(&parsed);
    if (parsed)
        noteSeq(seq);
    else
        scheduleChange();
}

void ChangeFeed::noteSeq(qint64 seq)
{
    if (seq > m_shownSeq)
        scheduleChange();
}

void ChangeFeed::scheduleChange()
{
    // Not restarted by every append: a steady stream still refreshes, at
    // most once per kMinGapMs (a refresh re-reads and re-verifies a lot).
    if (m_settle->isActive())
        return;
    const qint64 gap = m_sinceChange.isValid() ? kMinGapMs - m_sinceChange.elapsed() : 0;
    m_settle->start(int(std::max<qint64>(kSettleMs, gap)));
}

void ChangeFeed::listen()
{
    if (!m_store || m_store->database().dialect() != Dialect::PostgreSQL)
        return;
    QSqlDatabase db = m_store->readConnection();
    QSqlDriver *driver = db.driver();
    if (!db.isOpen() || !driver || !driver->hasFeature(QSqlDriver::EventNotifications))
        return;
    if (!driver->subscribeToNotification(schema::changeChannel()))
        return;
    m_driver = driver;
    m_listenedOnce = true;
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) {
                announced(name, payload);
            });
    setListening(true);
}

void ChangeFeed::checkListening()
{
    // A server that never let us listen is polled, not asked again every 2 s.
    if (!m_store || !m_listenedOnce)
        return;
    // A connection the server dropped (restart, idle timeout, a killed
    // backend) is no longer open; one that a query on this thread has
    // since reopened is open but no longer listening. Either way the
    // announcements stopped: the poll carries on alone until a new
    // connection listens again.
    const bool alive =
        m_driver && m_driver->isOpen() && m_driver->subscribedToNotifications().contains(schema::changeChannel());
    if (alive)
        return;
    setListening(false);
    // Not now: connecting from this thread could take the whole connect
    // timeout if the server has just gone silent. The next poll that gets
    // an answer (from the probe's own thread) reconnects.
    m_relisten = true;
}

void ChangeFeed::setListening(bool listening)
{
    if (listening == m_listening)
        return;
    m_listening = listening;
    emit listeningChanged(listening);
}

void ChangeFeed::unlisten()
{
    if (m_driver) {
        disconnect(m_driver, nullptr, this, nullptr);
        if (m_driver->isOpen() && m_driver->subscribedToNotifications().contains(schema::changeChannel()))
            m_driver->unsubscribeFromNotification(schema::changeChannel());
    }
    m_driver.clear();
    setListening(false);
}

void ChangeFeed::reconnect()
{
    if (!m_store || m_store->database().dialect() != Dialect::PostgreSQL)
        return;
    unlisten();
    // Removed rather than closed: the store's next use creates it afresh,
    // session settings (lock timeout) included. Nothing on this thread
    // holds a query or a handle across events.
    QString name;
    {
        QSqlDatabase db = m_store->readConnection();
        name = db.connectionName();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    // The probe saw the server answer: the window's new connection tries
    // at once, not after its pause (Database::connection).
    m_store->database().retryNow();
    listen();
}

void ChangeFeed::setReachable(bool reachable, const QString &problem)
{
    m_problem = reachable ? QString() : problem;
    if (reachable == m_reachable)
        return;
    m_reachable = reachable;
    emit reachabilityChanged(reachable);
}

} // namespace firebreak
