#include "CheckpointKeeper.h"

#include "TimeText.h"

#include <algorithm>

#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QTimer>

namespace firebreak::ui {

CheckpointKeeper::CheckpointKeeper(QString keyPath, QWidget *parent)
    : QToolButton(parent), m_keyPath(std::move(keyPath)), m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("checkpointKeeper"));
    setAutoRaise(true);
    connect(this, &QToolButton::clicked, this, &CheckpointKeeper::askPassphrase);
    connect(m_timer, &QTimer::timeout, this, &CheckpointKeeper::check);
    m_timer->start(kPollIntervalMs);
    updateLabel();
}

CheckpointKeeper::~CheckpointKeeper() = default;

void CheckpointKeeper::setStore(CaseStore *store)
{
    m_store = store;
    auto seq = store ? store->auditLastSeq() : Result<qint64>(qint64(0));
    m_seenSeq = seq ? *seq : 0;
    check();
}

Status CheckpointKeeper::unlock(const QByteArray &passphrase)
{
    auto key = checkpoints::loadKey(m_keyPath, passphrase);
    if (!key) {
        updateLabel(key.error().message);
        return key.error();
    }
    m_key.emplace(std::move(key).value());
    check();
    return {};
}

void CheckpointKeeper::check()
{
    if (!m_store || !m_key) {
        updateLabel();
        return;
    }
    auto seq = m_store->auditLastSeq();
    if (!seq)
        return updateLabel(seq.error().message);
    if (*seq != m_seenSeq) {
        auto actions = m_store->auditActionsAfter(m_seenSeq);
        if (!actions)
            return updateLabel(actions.error().message);
        // Owed until a checkpoint is actually signed: a busy store or a
        // failed signature must not drop the export's checkpoint.
        m_exportPending = m_exportPending || std::any_of(actions->cbegin(), actions->cend(), [](const QString &a) {
                              return a.endsWith(QLatin1String(".export"));
                          });
        m_seenSeq = *seq;
    }
    // After a failure (a broken chain is never signed) try again once a
    // minute, not on every tick: each try walks the whole chain.
    if (m_lastFailure.isValid() && m_lastFailure.secsTo(QDateTime::currentDateTimeUtc()) < 60)
        return;
    auto made = checkpoints::ensureFresh(
        *m_store, *m_key, m_exportPending ? checkpoints::Trigger::Export : checkpoints::Trigger::Activity);
    if (!made) {
        m_lastFailure = QDateTime::currentDateTimeUtc();
        return updateLabel(made.error().message);
    }
    m_lastFailure = {};
    if (*made) {
        m_exportPending = false;
        emit checkpointSigned((*made)->number, (*made)->entries);
    }
    updateLabel();
}

void CheckpointKeeper::askPassphrase()
{
    if (m_key || !QFileInfo::exists(m_keyPath))
        return;
    // Window-modal with open(), not exec(): no nested event loop (DESIGN.md).
    auto *dialog = new QInputDialog(window());
    dialog->setObjectName(QStringLiteral("unlockAuditKeyDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Unlock the audit signing key"));
    dialog->setLabelText(
        tr("Passphrase of %1.\nWhile unlocked, Firebreak signs the audit trail every hour and on every export.")
            .arg(m_keyPath));
    dialog->setTextEchoMode(QLineEdit::Password);
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &pass) {
        if (!pass.isEmpty())
            (void)unlock(pass.toUtf8());
    });
    dialog->open();
}

void CheckpointKeeper::updateLabel(const QString &problem)
{
    if (!QFileInfo::exists(m_keyPath)) {
        setText(tr("Audit signing: no key"));
        setToolTip(tr("No audit signing key on this installation yet. Create one with\n"
                      "firebreak-cli audit key init\nso the audit trail is signed every hour and on every export."));
        return;
    }
    if (!m_key) {
        setText(tr("Audit signing: locked — unlock…"));
        setToolTip(problem.isEmpty() ? tr("Click to enter the passphrase of %1.").arg(m_keyPath) : problem);
        return;
    }
    QString text = tr("Audit signing: on");
    if (m_store) {
        auto list = m_store->checkpoints();
        if (list && !list->isEmpty())
            text = tr("Audit signed %1").arg(timetext::local(list->last().at));
    }
    setText(problem.isEmpty() ? text : tr("Audit signing failed"));
    setToolTip(problem.isEmpty()
                   ? tr("Signing key %1 is unlocked; checkpoints are made hourly and on every export.").arg(m_keyPath)
                   : problem);
}

} // namespace firebreak::ui
