#include "CorrectivePanel.h"

#include "CorrectiveActionDialog.h"
#include "WorkspaceStyle.h"
#include "ui/DialogChrome.h"
#include "ui/PlaceholderTableView.h"
#include "ui/ReadOnlyGate.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace firebreak::ui {

CorrectivePanel::CorrectivePanel(const WorkspaceContext &ctx, QWidget *parent)
    : RecordTablePanel(ctx,
                       {QStringLiteral("correctivePanel"),
                        QStringLiteral("correctiveView"),
                        tr("Add corrective action…"),
                        QStringLiteral("addCorrectiveButton"),
                        tr("Add what will change so this does not happen again, with owner and due date"),
                        {tr("Corrective action"), tr("Owner"), tr("Due"), tr("State")},
                        tr("No corrective actions yet — Add corrective action… for each change that stops "
                           "this happening again, with an owner and a due date.")},
                       parent),
      m_state(new QComboBox(this)),
      m_setState(ws::button(tr("Set state"), QStringLiteral("correctiveSetStateButton"), this,
                            tr("Change the selected action's state (recorded in the audit log)"))),
      m_error(chrome::errorLabel(this))
{
    readonly::writes(m_setState);
    m_error->setObjectName(QStringLiteral("correctiveErrorLabel"));
    m_state->setObjectName(QStringLiteral("correctiveStateCombo"));
    m_state->setAccessibleName(tr("State of the selected corrective action"));
    for (const char *key : {"open", "in-progress", "done"})
        m_state->addItem(correctiveStateLabel(QLatin1String(key)), QLatin1String(key));
    m_top->addWidget(m_state);
    m_top->addWidget(m_setState);
    if (auto *layout = qobject_cast<QVBoxLayout *>(this->layout()))
        layout->insertWidget(1, m_error);
    setColumns({200, 90, 85, 75}, 0);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CorrectivePanel::syncStateCombo);
    connect(m_setState, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid())
            (void)setState(current.row(), m_state->currentData().toString());
    });
    syncStateCombo();
}

QString CorrectivePanel::reload(const Incident &)
{
    auto list = m_ctx.response.correctiveActions(m_ctx.incidentId);
    if (!list)
        return tr("The corrective actions could not be read: %1").arg(list.error().message);
    const QModelIndex current = m_view->currentIndex();
    const qint64 keepId = current.isValid() && current.row() < m_actions.size() ? m_actions[current.row()].id : 0;
    m_actions = *list;
    clearRows();
    const QDate today = m_ctx.now().toLocalTime().date();
    int open = 0, overdue = 0, keepRow = -1;
    for (const CorrectiveAction &a : std::as_const(m_actions)) {
        const bool late = a.due.isValid() && a.due < today && a.state != QLatin1String("done");
        open += a.state != QLatin1String("done");
        overdue += late;
        QStandardItem *due = ws::cell(a.due.isValid() ? a.due.toString(Qt::ISODate) : QStringLiteral("—"),
                                      late ? tr("Overdue") : QString());
        if (late)
            due->setForeground(QColor(0xC0, 0x1C, 0x28)); // red is reserved for overdue
        if (a.id == keepId)
            keepRow = m_model->rowCount();
        addRow({ws::cell(a.action), ws::cell(a.owner), due, ws::cell(correctiveStateLabel(a.state))});
    }
    if (keepRow >= 0)
        m_view->setCurrentIndex(m_model->index(keepRow, 0));
    setSummary(m_actions.isEmpty()
                   ? QString()
                   : tr("%1 open%2").arg(open).arg(overdue ? tr(" · %1 overdue").arg(overdue) : QString()));
    syncStateCombo();
    return {};
}

void CorrectivePanel::syncStateCombo()
{
    const QModelIndex current = m_view->currentIndex();
    const bool has = current.isValid() && current.row() < m_actions.size();
    m_state->setEnabled(has);
    m_setState->setEnabled(has);
    if (has) {
        const QSignalBlocker block(m_state);
        m_state->setCurrentIndex(qMax(0, m_state->findData(m_actions[current.row()].state)));
    }
}

Status CorrectivePanel::setState(int row, const QString &state)
{
    if (row < 0 || row >= m_actions.size())
        return Error::usage(tr("no corrective action in row %1").arg(row + 1));
    const CorrectiveAction &a = m_actions[row];
    if (Status st = m_ctx.response.setCorrectiveState(m_ctx.incidentId, a.id, state); !st) {
        chrome::showError(m_error, tr("“%1” was not changed: %2").arg(a.action, st.error().message));
        return st;
    }
    chrome::showError(m_error, {});
    emit changed();
    return {};
}

void CorrectivePanel::openDialog()
{
    auto *dialog = new CorrectiveActionDialog(m_ctx, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CorrectiveActionDialog::added, this, &CorrectivePanel::changed);
    dialog->open();
}

} // namespace firebreak::ui
