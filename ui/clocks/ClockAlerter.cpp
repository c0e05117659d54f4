#include "ClockAlerter.h"

#include "model/ShippedTexts.h"
#include "ui/StoreNames.h"
#include "ui/Units.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QSettings>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QTimer>

namespace firebreak::ui {

namespace {
const QString kThresholdsKey = QStringLiteral("alerts/thresholds");
const QString kAnnouncedGroup = QStringLiteral("alerts/announced/");
constexpr int kTrayMessageMs = 60'000;
constexpr int kTrayLines = 4;

QString rawThresholds(const QSettings &s)
{
    // A hand-edited INI line "50%,75%" reads back as a list.
    const QVariant v = s.value(kThresholdsKey, ClockAlerter::defaultThresholds());
    return v.toStringList().join(QLatin1Char(','));
}

// "INC-2026-0001/gdpr-art33/75%" -> "INC-2026-0001/gdpr-art33/"
QString clockPrefix(const QString &alertId)
{
    return alertId.left(alertId.lastIndexOf(QLatin1Char('/')) + 1);
}

// model/clocks/AlertPolicy decides which alerts are due and words them in
// English; the tray and the status bar speak the interface language, with
// its units ("36 h 00 min") and dates ("lun. 9 nov."), and the clock's
// shipped title and recipient translated.
void localise(ClockAlert &a, const ClockStatus &legal, const QDateTime &now)
{
    const bool isTarget = legal.state == ClockStatus::State::NoLimit && legal.target.isValid();
    const QDateTime due = isTarget ? legal.target : legal.deadline;
    const QString left = units::timeLeft(now.secsTo(due));
    const QString when = units::dateTime(due);
    const QString title = shipped::text(legal.rule.title);
    const QString recipient = shipped::text(legal.rule.recipient);
    if (isTarget) {
        a.title = (a.overdue ? ClockAlerter::tr("TARGET PASSED: %1 · %2") : ClockAlerter::tr("Target: %1 · %2"))
                      .arg(title, a.incidentId);
        a.message = a.overdue ? ClockAlerter::tr("The internal target was %1 (%2). The law says without undue delay: "
                                                 "send the communication or record why not.")
                                    .arg(when, left)
                              : ClockAlerter::tr("%1 left to the internal target %2 (not a legal deadline: the law "
                                                 "says without undue delay). Recipient: %3.")
                                    .arg(left, when, recipient);
        return;
    }
    a.title = a.overdue ? ClockAlerter::tr("OVERDUE: %1 · %2").arg(title, a.incidentId)
                        : QStringLiteral("%1 · %2").arg(title, a.incidentId);
    a.message = a.overdue ? ClockAlerter::tr("Deadline was %1 (%2). Send the notice or record why not.").arg(when, left)
                          : ClockAlerter::tr("%1 left, due %2. Recipient: %3.").arg(left, when, recipient);
}
} // namespace

ClockAlerter::ClockAlerter(QSettings *settings, QObject *parent)
    : QObject(parent), m_settings(settings), m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("clockAlerter"));
    if (!m_settings) {
        m_ownSettings = std::make_unique<QSettings>();
        m_settings = m_ownSettings.get();
    }
    // Written once so the setting is there to find and edit.
    if (!m_settings->contains(kThresholdsKey))
        m_settings->setValue(kThresholdsKey, defaultThresholds());
    m_timer->setInterval(kIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &ClockAlerter::check);
}

ClockAlerter::~ClockAlerter() = default;

void ClockAlerter::setSource(CaseStore *store, ClockService *service)
{
    m_store = store;
    m_service = service;
    if (!m_store || !m_service) {
        m_timer->stop();
        return;
    }
    m_timer->start();
    check();
}

void ClockAlerter::setTrayIcon(QSystemTrayIcon *icon)
{
    if (m_tray && m_tray->parent() == this)
        delete m_tray;
    m_tray = icon;
    if (m_tray)
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            if (!m_lastIncident.isEmpty())
                emit incidentRequested(m_lastIncident);
        });
}

QList<AlertThreshold> ClockAlerter::thresholds() const
{
    QList<AlertThreshold> out;
    for (const QString &part : rawThresholds(*m_settings).split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (auto t = AlertThreshold::parse(part))
            out << *t;
    // A setting with nothing usable must not silence every alert.
    return out.isEmpty() ? AlertThreshold::defaults() : out;
}

QStringList ClockAlerter::thresholdProblems() const
{
    QStringList bad;
    for (const QString &part : rawThresholds(*m_settings).split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!AlertThreshold::parse(part))
            bad << part.trimmed();
    return bad;
}

QString ClockAlerter::announcedKey() const
{
    // Incident ids repeat across case stores; alerts are remembered per
    // file or team store address.
    const QString path = storeDisplayName(m_store->path());
    return kAnnouncedGroup +
           QString::fromLatin1(QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
}

QList<ClockAlert> ClockAlerter::check()
{
    if (!m_store || !m_service)
        return {};
    auto open = m_service->openClocks();
    if (!open) {
        m_lastError = open.error().message;
        return {};
    }
    m_lastError.clear();
    const QString key = announcedKey();
    const QStringList stored = m_settings->value(key).toStringList();
    const QSet<QString> announced(stored.begin(), stored.end());
    QStringList superseded;
    const QDateTime now = m_store->clock().nowUtc();
    QList<ClockAlert> alerts = dueAlerts(*open, now, thresholds(), announced, &superseded);
    for (ClockAlert &a : alerts)
        for (const ClockStatus &c : std::as_const(*open))
            if (c.incidentId == a.incidentId && c.rule.id == a.clockId)
                localise(a, c, now);

    // Remember what was said (and what it made redundant); forget clocks
    // that are no longer open so the list stays small.
    QSet<QString> openPrefixes;
    for (const ClockStatus &c : *open)
        openPrefixes.insert(QStringLiteral("%1/%2/").arg(c.incidentId, c.rule.id));
    QStringList keep;
    for (const QString &id : stored + superseded)
        if (openPrefixes.contains(clockPrefix(id)) && !keep.contains(id))
            keep << id;
    for (const ClockAlert &a : alerts)
        keep << a.id;
    if (keep != stored) {
        m_settings->setValue(key, keep);
        m_settings->sync(); // survive a crash right after the announcement
    }

    for (const ClockAlert &a : alerts)
        emit alertRaised(a);
    if (!alerts.isEmpty())
        showInTray(alerts);
    return alerts;
}

void ClockAlerter::showInTray(const QList<ClockAlert> &alerts)
{
    if (!m_tray && QSystemTrayIcon::isSystemTrayAvailable() &&
        qobject_cast<QApplication *>(QCoreApplication::instance())) {
        auto *tray = new QSystemTrayIcon(this);
        tray->setObjectName(QStringLiteral("clockAlertTray"));
        QIcon icon = QApplication::windowIcon();
        tray->setIcon(icon.isNull() ? QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning) : icon);
        tray->setToolTip(tr("Firebreak: notification deadlines"));
        tray->show();
        setTrayIcon(tray);
    }
    if (!m_tray || !QSystemTrayIcon::supportsMessages())
        return;
    bool overdue = false;
    for (const ClockAlert &a : alerts)
        overdue = overdue || a.overdue;
    m_lastIncident = alerts.first().incidentId;
    // A tray shows one message at a time: several alerts become one.
    if (alerts.size() == 1) {
        m_tray->showMessage(alerts.first().title, alerts.first().message,
                            overdue ? QSystemTrayIcon::Critical : QSystemTrayIcon::Warning, kTrayMessageMs);
        return;
    }
    QStringList lines;
    for (qsizetype i = 0; i < alerts.size() && i < kTrayLines; ++i)
        lines << QStringLiteral("%1: %2").arg(alerts[i].title, alerts[i].message);
    if (alerts.size() > kTrayLines)
        lines << tr("and %1 more").arg(alerts.size() - kTrayLines);
    m_tray->showMessage(tr("%1 notification deadlines need attention").arg(alerts.size()),
                        lines.join(QLatin1Char('\n')), overdue ? QSystemTrayIcon::Critical : QSystemTrayIcon::Warning,
                        kTrayMessageMs);
}

} // namespace firebreak::ui
