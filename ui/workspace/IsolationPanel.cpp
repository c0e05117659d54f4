#include "IsolationPanel.h"

#include "ContainmentDialog.h"
#include "WorkspaceStyle.h"
#include "ui/PlaceholderTableView.h"

#include <QHeaderView>
#include <QPushButton>
#include <QSet>
#include <QStandardItem>

namespace firebreak::ui {

IsolationPanel::IsolationPanel(const WorkspaceContext &ctx, QWidget *parent)
    : RecordTablePanel(ctx,
                       {QStringLiteral("isolationPanel"),
                        QStringLiteral("containmentView"),
                        tr("Record isolation…"),
                        QStringLiteral("recordIsolationButton"),
                        tr("Record a system isolated, how, and how it was verified (Ctrl+Shift+I)"),
                        {tr("When"), tr("System"), tr("Action"), tr("By"), tr("Verified by")},
                        tr("No systems isolated yet — Record isolation… (Ctrl+Shift+I) for each system cut "
                           "off: what was done, by whom, and how it was verified.")},
                       parent)
{
    setColumns({165, 140, 220, 110, 200}, 4);
}

QString IsolationPanel::reload(const Incident &incident)
{
    m_button->setEnabled(incident.status == IncidentStatus::Open);
    auto list = m_ctx.response.containment(m_ctx.incidentId);
    if (!list)
        return tr("The containment actions could not be read: %1").arg(list.error().message);
    clearRows();
    const QDateTime now = m_ctx.now();
    QSet<QString> systems;
    int unverified = 0;
    for (const ContainmentAction &a : *list) {
        systems.insert(a.system);
        QStandardItem *verification = ws::cell(a.verification.isEmpty() ? tr("not verified") : a.verification);
        if (a.verification.isEmpty()) {
            ++unverified;
            QFont f = m_view->font();
            f.setItalic(true);
            verification->setFont(f);
        }
        addRow({ws::timeCell(a.performedAt, now), ws::cell(a.system), ws::cell(a.action), ws::cell(a.performedBy),
                verification});
    }
    if (list->isEmpty())
        setSummary({});
    else
        setSummary(tr("%n action(s) on %1%2", nullptr, int(list->size()))
                       .arg(tr("%n system(s)", nullptr, int(systems.size())),
                            unverified ? tr(" · %1 not verified").arg(unverified) : QString()));
    return {};
}

void IsolationPanel::openDialog()
{
    auto *dialog = new ContainmentDialog(m_ctx, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ContainmentDialog::recorded, this, &IsolationPanel::changed);
    dialog->open();
}

} // namespace firebreak::ui
