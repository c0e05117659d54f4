#include "RestorePanel.h"

#include "RecoveryDialog.h"
#include "WorkspaceStyle.h"
#include "ui/PlaceholderTableView.h"
#include "ui/TimeText.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStandardItem>

namespace firebreak::ui {

namespace {
QString kindLabel(const QString &kind)
{
    if (kind == QLatin1String("service-restored"))
        return QCoreApplication::translate("RestorePanel", "Service restored");
    if (kind == QLatin1String("verified-clean"))
        return QCoreApplication::translate("RestorePanel", "Verified clean");
    return QCoreApplication::translate("RestorePanel", "Action");
}
} // namespace

RestorePanel::RestorePanel(const WorkspaceContext &ctx, QWidget *parent)
    : RecordTablePanel(ctx,
                       {QStringLiteral("restorePanel"),
                        QStringLiteral("recoveryView"),
                        tr("Record recovery…"),
                        QStringLiteral("recordRecoveryButton"),
                        tr("Record a recovery action, service restored, or verified clean (Ctrl+Shift+R)"),
                        {tr("When"), tr("Kind"), tr("System"), tr("What"), tr("By")},
                        tr("Nothing restored yet — Record recovery… (Ctrl+Shift+R) for rebuilds and "
                           "restores, the moment service is back, and each verified-clean check.")},
                       parent)
{
    m_summary->setObjectName(QStringLiteral("serviceRestoredLabel"));
    setColumns({165, 130, 140, 200, 110}, 3);
}

QString RestorePanel::reload(const Incident &incident)
{
    m_button->setEnabled(incident.status == IncidentStatus::Open);
    auto list = m_ctx.response.recovery(m_ctx.incidentId);
    auto restored = m_ctx.response.serviceRestoredAt(m_ctx.incidentId);
    if (!list)
        return tr("The recovery actions could not be read: %1").arg(list.error().message);
    if (!restored)
        return tr("The service-restored time could not be read: %1").arg(restored.error().message);
    clearRows();
    const QDateTime now = m_ctx.now();
    for (const RecoveryAction &a : *list) {
        auto *kind = ws::cell(kindLabel(a.kind));
        if (a.kind != QLatin1String("action")) {
            QFont f = m_view->font();
            f.setBold(true);
            kind->setFont(f);
        }
        addRow({ws::timeCell(a.performedAt, now), kind, ws::cell(a.system), ws::cell(a.description),
                ws::cell(a.performedBy)});
    }

    // The outage runs from detection (or, failing that, awareness or the
    // record's opening) to the first "service restored".
    const QDateTime start = incident.detectedAt.isValid() ? incident.detectedAt
                            : incident.awareAt.isValid()  ? incident.awareAt
                                                          : incident.createdAt;
    const QString from = incident.detectedAt.isValid() ? QStringLiteral("detection")
                         : incident.awareAt.isValid()  ? QStringLiteral("awareness")
                                                       : QStringLiteral("opening");
    if (restored->isValid()) {
        setSummary(tr("<b>Service restored at %1</b> — outage %2 from %3")
                       .arg(timetext::local(*restored), ws::duration(start.secsTo(*restored)), from));
        m_summary->setToolTip(timetext::tooltip(*restored, now));
    } else if (incident.status == IncidentStatus::Open) {
        setSummary(tr("Service not restored yet — %1 since %2").arg(ws::duration(start.secsTo(now)), from));
        m_summary->setToolTip(tr("Record “Service restored” when it is back: it ends the outage"));
    } else {
        setSummary(tr("No service-restored time was recorded."));
    }
    return {};
}

void RestorePanel::openDialog()
{
    openDialogFor({});
}

void RestorePanel::openDialogFor(const QString &kind)
{
    auto *dialog = new RecoveryDialog(m_ctx, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!kind.isEmpty())
        dialog->setKind(kind);
    connect(dialog, &RecoveryDialog::recorded, this, &RestorePanel::changed);
    dialog->open();
}

} // namespace firebreak::ui
