#include "StoreStatus.h"

#include "Palette.h"

#include <QDateTime>
#include <QDir>
#include <QLabel>
#include <QStatusBar>

namespace firebreak::ui {

StoreStatus::StoreStatus(QStatusBar *bar)
    : QObject(bar), m_store(new QLabel(bar)), m_actor(new QLabel(bar)), m_chain(new QLabel(bar))
{
    m_store->setObjectName(QStringLiteral("storePathLabel"));
    m_actor->setObjectName(QStringLiteral("actorLabel"));
    m_actor->setToolTip(tr("The audit trail names this actor (set FIREBREAK_ACTOR to change it)"));
    m_chain->setObjectName(QStringLiteral("chainStatusLabel"));
    m_chain->setTextFormat(Qt::PlainText);
    for (QLabel *l : {m_store, m_actor, m_chain})
        l->setContentsMargins(8, 0, 8, 0);
    m_store->setMaximumWidth(520);
    // All permanent: a transient status message must never hide which
    // store is open.
    bar->addPermanentWidget(m_store);
    bar->addPermanentWidget(m_actor);
    bar->addPermanentWidget(m_chain);
    setNoStore({});
}

void StoreStatus::setStore(const QString &path, const QString &actor)
{
    const QString native = QDir::toNativeSeparators(path);
    m_store->setText(
        tr("Case store: %1")
            .arg(m_store->fontMetrics().elidedText(native, Qt::ElideMiddle, m_store->maximumWidth() - 120)));
    m_store->setToolTip(native);
    m_actor->setText(tr("Recording as %1").arg(actor));
    m_actor->show();
}

void StoreStatus::setNoStore(const QString &why)
{
    m_store->setText(why.isEmpty() ? tr("No case store open") : tr("No case store open — %1").arg(why));
    m_store->setToolTip({});
    m_actor->hide();
    m_chain->setText(tr("Audit chain: no store"));
    m_chain->setToolTip({});
    setWarning(false);
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
