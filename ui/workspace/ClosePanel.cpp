#include "ClosePanel.h"

#include "Confirm.h"
#include "NavItemDelegate.h"
#include "ReasonDialog.h"
#include "WorkspaceStyle.h"
#include "ui/DialogChrome.h"
#include "ui/ReadOnlyGate.h"
#include "ui/TimeText.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace firebreak::ui {

namespace {
// Splits ResponseService's blocker sentences into a title and what to do;
// anything unrecognised is shown as it is.
void describe(QListWidgetItem *item, const QString &blocker)
{
    // The sentences are in the interface language: match them as translated.
    auto sentence = [](const char *source) {
        QString re = QRegularExpression::escape(QCoreApplication::translate("Timeline", source));
        re.replace(QStringLiteral("\\%"), QStringLiteral("%"));
        re.replace(QStringLiteral("%1"), QStringLiteral("(.*)"))
            .replace(QStringLiteral("%2"), QStringLiteral("([^()]*)"));
        return QRegularExpression(QLatin1Char('^') + re + QLatin1Char('$'));
    };
    const QRegularExpression step = sentence("mandatory step open: %1 (%2)");
    const QRegularExpression clock = sentence("notification clock unresolved: %1 (%2)");
    QString title = blocker, subtitle, glyph = QStringLiteral("●");
    if (const auto m = step.match(blocker); m.hasMatch()) {
        title = m.captured(1);
        subtitle = QCoreApplication::translate("ClosePanel", "Mandatory step still open · %1").arg(m.captured(2));
    } else if (const auto c = clock.match(blocker); c.hasMatch()) {
        title = c.captured(1);
        glyph = QStringLiteral("!");
        subtitle =
            QCoreApplication::translate(
                "ClosePanel", "Notification clock %1 — record the notice, or a documented decision not to notify")
                .arg(c.captured(2));
    } else if (blocker == QCoreApplication::translate("Timeline", "the root-cause analysis has no root cause")) {
        title = QCoreApplication::translate("ClosePanel", "Root cause not recorded");
        subtitle = QCoreApplication::translate("ClosePanel", "Root-cause analysis — write it on the RCA tab and save");
    } else if (blocker.startsWith(
                   QCoreApplication::translate("Timeline", "evidence %1 failed its last verification (%2)")
                       .section(QLatin1String("%1"), 0, 0))) {
        glyph = QStringLiteral("!");
        subtitle = QCoreApplication::translate("ClosePanel", "Evidence — verify it again or document the discrepancy");
    }
    item->setText(title);
    item->setData(NavItemDelegate::GlyphRole, glyph);
    item->setData(NavItemDelegate::SubtitleRole, subtitle);
    item->setData(NavItemDelegate::KeyRole, blocker);
    item->setToolTip(blocker);
}

// A function, not a static: the translator is installed after static initialisation.
QString consequence()
{
    return QCoreApplication::translate(
        "ClosePanel",
        "Closing ends the response: steps, isolation, recovery and the root-cause analysis can no longer be changed, "
        "and "
        "the incident leaves the list of open incidents. The closing is recorded in the audit log under your name. "
        "Contacts, timeline entries and corrective actions can still be added. Reopening later needs a reason, which "
        "is "
        "recorded too.");
}
} // namespace

ClosePanel::ClosePanel(const WorkspaceContext &ctx, QWidget *parent)
    : QWidget(parent), m_ctx(ctx), m_status(new QLabel(this)), m_list(new QListWidget(this)),
      m_listHint(new QLabel(this)), m_summary(new QLineEdit(this)), m_consequence(new QLabel(consequence(), this)),
      m_close(ws::button(tr("Close incident…"), QStringLiteral("closeIncidentButton"), this)),
      m_reopen(ws::button(tr("Reopen incident…"), QStringLiteral("reopenIncidentButton"), this,
                          tr("Reopen the incident, with the reason why (recorded in the audit log)"))),
      m_error(chrome::errorLabel(this))
{
    readonly::writes({m_close, m_reopen});
    setObjectName(QStringLiteral("closePanel"));
    m_error->setObjectName(QStringLiteral("closeErrorLabel"));
    m_status->setObjectName(QStringLiteral("closeStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_list->setObjectName(QStringLiteral("closeBlockersList"));
    m_list->setAccessibleName(tr("What blocks closing"));
    m_list->setItemDelegate(new NavItemDelegate(m_list));
    m_listHint->setText(tr("Double-click or press Enter on an item to go to it. Mandatory steps: mark "
                           "them done, or skip them with a reason."));
    ws::setMuted(m_listHint, 0.92);
    m_summary->setObjectName(QStringLiteral("closeSummaryEdit"));
    m_summary->setPlaceholderText(tr("Closing summary (optional; recorded in the audit log)"));
    m_consequence->setObjectName(QStringLiteral("closeConsequenceLabel"));
    m_consequence->setWordWrap(true);
    // One line here, so the blockers keep the room at 1366x768; the whole
    // consequence is in the tool tip and in the confirmation before closing.
    m_consequence->setText(tr("Closing freezes the response and is recorded in the audit log; you confirm it first."));
    m_consequence->setToolTip(consequence());
    ws::setMuted(m_consequence, 0.92);

    auto *row = new QHBoxLayout;
    row->addWidget(m_summary, 1);
    row->addWidget(m_close);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_reopen, 0, Qt::AlignTop);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(6);
    layout->addLayout(statusRow);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_listHint);
    layout->addStretch(0); // takes the room only while the list is hidden
    layout->addWidget(m_consequence);
    layout->addLayout(row);
    layout->addWidget(m_error);

    connect(m_close, &QPushButton::clicked, this, &ClosePanel::requestClose);
    connect(m_reopen, &QPushButton::clicked, this, &ClosePanel::requestReopen);
    connect(m_list, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { emit blockerActivated(item->data(NavItemDelegate::KeyRole).toString()); });
}

void ClosePanel::setData(const Incident &incident, const QStringList &blockers)
{
    m_incident = incident;
    m_blockers = blockers;
    const bool closed = incident.status == IncidentStatus::Closed;
    m_list->clear();
    if (!closed) {
        // Deadlines and broken evidence first: they cannot wait for the steps.
        QStringList ordered;
        for (const QString &b : blockers)
            if (b.startsWith(QLatin1String("notification clock")) || b.startsWith(QLatin1String("evidence ")))
                ordered << b;
        for (const QString &b : blockers)
            if (!ordered.contains(b))
                ordered << b;
        for (const QString &blocker : std::as_const(ordered))
            describe(new QListWidgetItem(m_list), blocker);
    }
    const bool blocked = !closed && !blockers.isEmpty();
    m_list->setVisible(blocked);
    m_listHint->setVisible(blocked);
    if (closed)
        m_status->setText(tr("<b>%1 is closed</b> since %2. Reopen it, with a reason, to change it again.")
                              .arg(incident.id, timetext::local(incident.closedAt)));
    else if (blocked)
        m_status->setText(tr("<b>%n thing(s) block closing %1:</b>", nullptr, int(blockers.size())).arg(incident.id));
    else
        m_status->setText(tr("<b>Nothing blocks closing.</b> Every mandatory step is done or skipped, the "
                             "root cause is recorded, the notification clocks are resolved and the "
                             "evidence verifies."));
    m_status->setToolTip(closed ? timetext::tooltip(incident.closedAt, m_ctx.now()) : QString());
    m_summary->setVisible(!closed);
    m_consequence->setVisible(!closed);
    m_close->setVisible(!closed);
    m_close->setEnabled(!blocked);
    m_close->setToolTip(blocked ? tr("Closing is blocked until the items listed above are resolved")
                                : tr("Close the incident (asks for confirmation)"));
    m_reopen->setVisible(closed);
}

void ClosePanel::requestClose()
{
    if (!m_blockers.isEmpty() || m_incident.status == IncidentStatus::Closed)
        return;
    confirm::ask(this,
                 {QStringLiteral("closeConfirmation"), tr("Close %1?").arg(m_incident.id),
                  tr("Close %1 “%2”?").arg(m_incident.id, m_incident.title), consequence(), tr("Close incident")},
                 [this] { closeConfirmed(); });
}

void ClosePanel::closeConfirmed()
{
    if (Status st = m_ctx.response.close(m_ctx.incidentId, m_summary->text().trimmed()); !st) {
        chrome::showError(m_error, tr("%1 was not closed: %2").arg(m_ctx.incidentId, st.error().message));
        return;
    }
    chrome::showError(m_error, {});
    m_summary->clear();
    emit changed();
}

void ClosePanel::requestReopen()
{
    ReasonDialog::Spec spec{QStringLiteral("reopenIncidentDialog"),
                            QStringLiteral("reopenIncidentReasonEdit"),
                            tr("Reopen %1").arg(m_ctx.incidentId),
                            tr("Reopening makes %1 open again: its steps and records can be changed, and it "
                               "must pass the closing checks again. The reason is recorded in the audit log.")
                                .arg(m_ctx.incidentId),
                            tr("&Reason:"),
                            tr("Why the incident needs reopening"),
                            tr("A reason is required."),
                            tr("Reopen incident"),
                            {}};
    auto *dialog = new ReasonDialog(
        spec, [this](const QString &reason) { return m_ctx.response.reopen(m_ctx.incidentId, reason); }, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ReasonDialog::applied, this, &ClosePanel::changed);
    dialog->open();
}

} // namespace firebreak::ui
