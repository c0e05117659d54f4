#include "StoreStatus.h"

#include "Palette.h"

#include <QDateTime>
#include <QDir>
#include <QLabel>
#include <QStatusBar>
#include <QUrl>

#include <algorithm>

namespace firebreak::ui {

namespace {
// The store's name, cut in the middle when a crowded status bar squeezes
// it (a team store that stops answering adds a label), never clipped at
// the end: the start (login, server) and the end (database, file name)
// stay readable; the whole is on hover.
class ElidingLabel : public QLabel {
public:
    using QLabel::QLabel;

    // `format` holds one %1 for `body`, the part that may be cut.
    void setParts(const QString &format, const QString &body)
    {
        m_format = format;
        m_body = body;
        // Whole until the status bar has laid it out at its new width.
        setText(m_format.arg(m_body));
        updateGeometry();
        QMetaObject::invokeMethod(
            this, [this] { refit(); }, Qt::QueuedConnection);
    }

    QSize sizeHint() const override
    {
        QSize s = QLabel::sizeHint();
        s.setWidth(std::min(kWidest, extra() + fontMetrics().horizontalAdvance(m_format.arg(m_body))));
        return s;
    }
    QSize minimumSizeHint() const override
    {
        QSize s = QLabel::minimumSizeHint();
        s.setWidth(extra() + fontMetrics().horizontalAdvance(m_format.arg(QStringLiteral("…"))) + 60);
        return s;
    }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QLabel::resizeEvent(event);
        refit();
    }

private:
    static constexpr int kWidest = 560;
    int extra() const { return contentsMargins().left() + contentsMargins().right() + 2 * margin() + 4; }
    void refit()
    {
        if (width() >= sizeHint().width()) {
            setText(m_format.arg(m_body));
            return;
        }
        // A few pixels spare: the advance of the parts is not quite that of the whole.
        const int room = width() - extra() - fontMetrics().horizontalAdvance(m_format.arg(QString())) - 6;
        setText(m_format.arg(fontMetrics().elidedText(m_body, Qt::ElideMiddle, std::max(room, 0))));
    }

    QString m_format = QStringLiteral("%1");
    QString m_body;
};

ElidingLabel *storeLabel(QLabel *label)
{
    return static_cast<ElidingLabel *>(label);
}
} // namespace

StoreStatus::StoreStatus(QStatusBar *bar)
    : QObject(bar), m_store(new ElidingLabel(bar)), m_actor(new QLabel(bar)), m_live(new QLabel(bar)),
      m_chain(new QLabel(bar))
{
    m_store->setObjectName(QStringLiteral("storePathLabel"));
    m_actor->setObjectName(QStringLiteral("actorLabel"));
    m_live->setObjectName(QStringLiteral("liveStatusLabel"));
    m_chain->setObjectName(QStringLiteral("chainStatusLabel"));
    m_chain->setTextFormat(Qt::PlainText);
    for (QLabel *l : {m_store, m_actor, m_live, m_chain})
        l->setContentsMargins(8, 0, 8, 0);
    // All permanent: a transient status message must never hide which
    // store is open.
    bar->addPermanentWidget(m_store);
    bar->addPermanentWidget(m_actor);
    bar->addPermanentWidget(m_live);
    bar->addPermanentWidget(m_chain);
    setNoStore({});
}

void StoreStatus::setStore(const QString &where, const QString &actor, const QString &databaseLogin,
                           const QString &role)
{
    m_team = !databaseLogin.isEmpty();
    const QString native = m_team ? where : QDir::toNativeSeparators(where);
    if (m_team) {
        // login@server:port/database is what tells two team stores apart;
        // the scheme and the options (sslmode=...) are on hover.
        QUrl url(where);
        url.setQuery(QString());
        storeLabel(m_store)->setParts(tr("Team store: %1"), url.toString(QUrl::RemoveScheme).mid(2));
    } else {
        storeLabel(m_store)->setParts(tr("Case store: %1"), native);
    }
    m_store->setToolTip(native);
    if (m_team) {
        m_actor->setText(role.isEmpty() ? tr("Recording as %1 · login %2").arg(actor, databaseLogin)
                                        : tr("Recording as %1 · login %2 (%3)").arg(actor, databaseLogin, role));
        m_actor->setToolTip(tr("The audit trail names this actor (set FIREBREAK_ACTOR to change it) and the "
                               "database login %1 behind each entry")
                                .arg(databaseLogin));
    } else {
        m_actor->setText(tr("Recording as %1").arg(actor));
        m_actor->setToolTip(tr("The audit trail names this actor (set FIREBREAK_ACTOR to change it)"));
    }
    m_actor->show();
    setLive(false);
    setReachable(true, {});
}

void StoreStatus::setNoStore(const QString &why)
{
    m_team = false;
    storeLabel(m_store)->setParts(QStringLiteral("%1"),
                                  why.isEmpty() ? tr("No case store open") : tr("No case store open — %1").arg(why));
    m_store->setToolTip({});
    m_actor->hide();
    m_live->hide();
    m_chain->setText(tr("Audit chain: no store"));
    m_chain->setToolTip({});
    setWarning(false);
}

void StoreStatus::setLive(bool listening)
{
    m_listening = listening;
    if (!m_live->property("unreachable").toBool())
        setReachable(true, {});
}

void StoreStatus::setReachable(bool reachable, const QString &problem)
{
    m_live->setProperty("unreachable", !reachable);
    QFont f = m_live->font();
    f.setBold(!reachable);
    m_live->setFont(f);
    QPalette pal = m_store->palette();
    if (!reachable) {
        pal.setColor(QPalette::WindowText, palette::accent());
        m_live->setText(m_team ? tr("⚠ Not answering") : tr("⚠ Case file unreadable"));
        m_live->setToolTip(tr("Since %1: %2. Firebreak keeps trying.")
                               .arg(QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss t")), problem));
        m_live->setPalette(pal);
        m_live->show();
        return;
    }
    m_live->setPalette(pal);
    // A file changes under us only when the CLI writes it: nothing to show.
    m_live->setVisible(m_team);
    m_live->setText(m_listening ? tr("● Live") : tr("Live (checked every 2 s)"));
    m_live->setToolTip(m_listening ? tr("Changes made by others appear here within seconds: the server announces "
                                        "them, and Firebreak also checks every 2 seconds.")
                                   : tr("Changes made by others appear here within a few seconds: Firebreak checks "
                                        "every 2 seconds."));
}

void StoreStatus::setVerdict(const AuditVerdict &v)
{
    switch (v.state) {
    case AuditVerdict::State::Empty: m_chain->setText(tr("Audit chain empty")); break;
    case AuditVerdict::State::Intact:
        m_chain->setText(
            tr("✓ Audit chain intact · %1 %2").arg(v.entries).arg(v.entries == 1 ? tr("entry") : tr("entries")));
        break;
    case AuditVerdict::State::Broken: m_chain->setText(tr("⚠ Audit chain BROKEN at seq %1").arg(v.firstBadSeq)); break;
    }
    m_chain->setToolTip(tr("%1\nVerified at %2")
                            .arg(v.problems.isEmpty() ? v.summary() : v.problems.join(QLatin1Char('\n')),
                                 QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss t"))));
    setWarning(!v.intact());
}

void StoreStatus::setVerificationFailed(const QString &message)
{
    m_chain->setText(tr("⚠ Audit chain not verified"));
    m_chain->setToolTip(message);
    setWarning(true);
}

void StoreStatus::setWarning(bool on)
{
    QFont f = m_chain->font();
    f.setBold(on);
    m_chain->setFont(f);
    QPalette pal = m_store->palette();
    if (on)
        pal.setColor(QPalette::WindowText, palette::accent());
    m_chain->setPalette(pal);
}

} // namespace firebreak::ui
