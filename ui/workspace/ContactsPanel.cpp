#include "ContactsPanel.h"

#include "ContactDialog.h"
#include "WorkspaceStyle.h"
#include "ui/PlaceholderTableView.h"

#include <QHeaderView>
#include <QStandardItem>

namespace firebreak::ui {

ContactsPanel::ContactsPanel(const WorkspaceContext &ctx, QWidget *parent)
    : RecordTablePanel(ctx,
                       {QStringLiteral("contactsPanel"),
                        QStringLiteral("contactsView"),
                        tr("Log contact…"),
                        QStringLiteral("logContactButton"),
                        tr("Log a contact with a customer, authority, law enforcement, vendor or insurer "
                           "(Ctrl+Shift+C)"),
                        {tr("When"), tr("Party"), tr("Organisation / agency"), tr("Person / officer"), tr("Case ref."),
                         tr("Channel"), tr("Summary"), tr("Logged by")},
                        tr("No contacts logged yet — Log contact… (Ctrl+Shift+C) records each call or "
                           "message with customers, authorities, law enforcement, vendors and insurers.")},
                       parent)
{
    setColumns({165, 140, 150, 120, 100, 75, 200, 80}, 6);
}

QString ContactsPanel::reload(const Incident &)
{
    auto list = m_ctx.response.contacts(m_ctx.incidentId);
    if (!list)
        return tr("The contacts log could not be read: %1").arg(list.error().message);
    clearRows();
    const QDateTime now = m_ctx.now();
    int law = 0;
    for (const ContactEntry &c : *list) {
        law += c.lawEnforcement();
        QStandardItem *party = ws::cell(c.lawEnforcement() ? tr("⚑ Law enforcement") : contactPartyLabel(c.partyType),
                                        c.lawEnforcement() ? tr("Contact with law enforcement") : QString());
        addRow({ws::timeCell(c.at, now), party, ws::cell(c.organisation), ws::cell(c.person), ws::cell(c.caseReference),
                ws::cell(c.channel), ws::cell(c.summary), ws::cell(c.recordedBy)},
               c.lawEnforcement());
    }
    if (list->isEmpty())
        setSummary({});
    else
        setSummary(tr("%n contact(s) · %1", nullptr, int(list->size()))
                       .arg(law ? tr("⚑ %1 with law enforcement").arg(law) : tr("none with law enforcement")));
    return {};
}

void ContactsPanel::openDialog()
{
    openDialogFor({});
}

void ContactsPanel::openDialogFor(const QString &partyType)
{
    auto *dialog = new ContactDialog(m_ctx, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!partyType.isEmpty())
        dialog->setPartyType(partyType);
    connect(dialog, &ContactDialog::logged, this, &ContactsPanel::changed);
    dialog->open();
}

} // namespace firebreak::ui
