#include "ClockPanel.h"

#include "AgDelayDialog.h"
#include "ClassifyDialog.h"
#include "ClockCard.h"
#include "NoticeDialog.h"
#include "NoticeDraftDialog.h"
#include "WaiveDialog.h"
#include "ui/DialogChrome.h"
#include "ui/Palette.h"
#include "ui/ReadOnlyGate.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace firebreak::ui {

ClockPanel::ClockPanel(CaseStore &store, ClockService &service, QWidget *parent)
    : QWidget(parent), m_store(store), m_service(service), m_heading(new QLabel(tr("Notification clocks"), this)),
      m_classify(new QPushButton(tr("C&lassify…"), this)), m_empty(new QLabel(this)), m_error(chrome::errorLabel(this)),
      m_scroll(new QScrollArea(this)), m_list(new QWidget), m_listLayout(new QVBoxLayout(m_list)),
      m_timer(new QTimer(this))
{
    readonly::writes(m_classify);
    setObjectName(QStringLiteral("clockPanel"));
    m_heading->setObjectName(QStringLiteral("clockPanelHeading"));
    QFont f = m_heading->font();
    f.setBold(true);
    m_heading->setFont(f);
    m_classify->setObjectName(QStringLiteral("classifyButton"));
    m_classify->setToolTip(tr("Record what the incident involves (personal data, NIS2 significant, …); "
                              "that starts the matching clocks"));
    m_empty->setObjectName(QStringLiteral("clockEmptyLabel"));
    m_empty->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("clockErrorLabel"));

    m_listLayout->setContentsMargins(0, 0, 0, 0);
    m_listLayout->setSpacing(6);
    m_listLayout->addStretch(1);
    m_scroll->setObjectName(QStringLiteral("clockScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(m_list);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    top->addWidget(m_classify);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_error);
    layout->addWidget(m_empty);
    layout->addWidget(m_scroll, 1);

    connect(m_classify, &QPushButton::clicked, this, &ClockPanel::openClassify);
    m_timer->setObjectName(QStringLiteral("clockTickTimer"));
    m_timer->setInterval(kTickMs);
    // A panel on a hidden tab need not query the store every second; it
    // catches up when shown (showEvent).
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (isVisible())
            refresh();
    });
    m_timer->start();
    refresh();
}

void ClockPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void ClockPanel::setIncidentId(const QString &incidentId)
{
    if (incidentId == m_incidentId)
        return;
    m_incidentId = incidentId;
    rebuild({});
    refresh();
}

void ClockPanel::refresh()
{
    m_classify->setEnabled(!m_incidentId.isEmpty());
    if (m_incidentId.isEmpty()) {
        rebuild({});
        m_empty->setText(tr("No incident selected."));
        m_empty->show();
        chrome::showError(m_error, {});
        return;
    }
    auto clocks = m_service.clocks(m_incidentId);
    if (!clocks) {
        // Keep the last cards on screen: a locked store for a second should
        // not blank the deadlines.
        chrome::showError(m_error, tr("Could not read the clocks of %1: %2").arg(m_incidentId, clocks.error().message));
        return;
    }
    chrome::showError(m_error, {});
    m_empty->setText(tr("No notification clock is running. If personal data, customer project data, or a "
                        "NIS2, DORA or SEC threshold is involved, press Classify… to start the clocks "
                        "from the moment of awareness."));
    QStringList key;
    for (const ClockStatus &c : *clocks)
        key << c.rule.id + (c.resolved() ? QStringLiteral(":ended") : QString());
    if (key != m_layoutKey)
        rebuild(*clocks);
    m_layoutKey = key;
    const QDateTime now = m_store.clock().nowUtc();
    for (const ClockStatus &c : *clocks) {
        const ClockRule *waitingFor = c.waitingFor.isEmpty() ? nullptr : m_service.rules().rule(c.waitingFor);
        m_cards.value(c.rule.id)->showStatus(c, now, waitingFor ? waitingFor->title : QString());
    }
    m_empty->setVisible(clocks->isEmpty());
    m_scroll->setVisible(!clocks->isEmpty());
}

void ClockPanel::rebuild(const QList<ClockStatus> &clocks)
{
    // Cards are recreated only when the set or order of clocks changes (a
    // classification, a notice); each tick only updates their text.
    QWidget *focused = focusWidget();
    const QString focusedClock =
        focused && m_list->isAncestorOf(focused) ? focused->parentWidget()->property("clockId").toString() : QString();
    const QString focusedName = focused ? focused->objectName() : QString();
    for (ClockCard *card : std::as_const(m_cards)) {
        m_listLayout->removeWidget(card);
        // Out of the tree at once, so lookups by objectName never find it.
        card->hide();
        card->setParent(nullptr);
        card->deleteLater();
    }
    m_cards.clear();
    m_order.clear();
    m_layoutKey.clear();
    delete m_endedHeading;
    m_endedHeading = nullptr;
    for (const ClockStatus &c : clocks) {
        if (c.resolved() && !m_endedHeading) {
            // Ended clocks stay listed (supplements, the record) but apart.
            m_endedHeading = new QLabel(tr("Ended"), m_list);
            m_endedHeading->setObjectName(QStringLiteral("endedHeading"));
            m_endedHeading->setContentsMargins(0, 8, 0, 0);
            QPalette pal = m_endedHeading->palette();
            pal.setColor(QPalette::WindowText, palette::muted(pal));
            m_endedHeading->setPalette(pal);
            m_listLayout->insertWidget(m_listLayout->count() - 1, m_endedHeading);
        }
        auto *card = new ClockCard(c.rule.id, m_list);
        connect(card, &ClockCard::noticeRequested, this, &ClockPanel::openNotice);
        connect(card, &ClockCard::waiveRequested, this, &ClockPanel::openWaive);
        connect(card, &ClockCard::delayRequested, this, &ClockPanel::openDelay);
        connect(card, &ClockCard::draftRequested, this, &ClockPanel::openDraft);
        m_listLayout->insertWidget(m_listLayout->count() - 1, card);
        m_cards.insert(c.rule.id, card);
        m_order << c.rule.id;
    }
    if (ClockCard *card = m_cards.value(focusedClock))
        if (auto *w = card->findChild<QWidget *>(focusedName); w && w->isEnabled())
            w->setFocus();
}

void ClockPanel::showDialog(QDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ClockPanel::changed()
{
    refresh();
    emit clocksChanged(m_incidentId);
}

void ClockPanel::openClassify()
{
    if (m_incidentId.isEmpty())
        return;
    auto *dialog = new ClassifyDialog(m_store, m_service, m_incidentId, this);
    connect(dialog, &ClassifyDialog::classified, this, &ClockPanel::changed);
    connect(dialog, &ClassifyDialog::triggerAmended, this, &ClockPanel::changed);
    showDialog(dialog);
}

void ClockPanel::openNotice(const QString &clockId)
{
    auto *dialog = new NoticeDialog(m_store, m_service, m_incidentId, clockId, this);
    connect(dialog, &NoticeDialog::noticeRecorded, this, &ClockPanel::changed);
    showDialog(dialog);
}

void ClockPanel::openWaive(const QString &clockId)
{
    auto *dialog = new WaiveDialog(m_store, m_service, m_incidentId, clockId, this);
    connect(dialog, &WaiveDialog::waived, this, &ClockPanel::changed);
    showDialog(dialog);
}

void ClockPanel::openDelay(const QString &clockId)
{
    auto *dialog = new AgDelayDialog(m_store, m_service, m_incidentId, clockId, this);
    connect(dialog, &AgDelayDialog::delayRecorded, this, &ClockPanel::changed);
    showDialog(dialog);
}

void ClockPanel::openDraft(const QString &clockId)
{
    auto *dialog = new NoticeDraftDialog(m_store, m_service, m_incidentId, clockId, this);
    connect(dialog, &NoticeDraftDialog::factsSaved, this, &ClockPanel::changed);
    showDialog(dialog);
}

} // namespace firebreak::ui
