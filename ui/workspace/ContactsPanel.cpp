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
                        QStringLiteral("Log contact…"),
                        QStringLiteral("logContactButton"),
                        QStringLiteral("Log a contact with a customer, authority, law enforcement, vendor or insurer "
                                       "(Ctrl+Shift+C)"),
                        {QStringLiteral("When"), QStringLiteral("Party"), QStringLiteral("Organisation / agency"),
                         QStringLiteral("Person / officer"), QStringLiteral("Case ref."), QStringLiteral("Channel"),
                         QStringLiteral("Summary"), QStringLiteral("Logged by")},
                        QStringLiteral("No contacts logged yet — Log contact… (Ctrl+Shift+C) records each call or "
                                       "message with customers, authorities, law enforcement, vendors and insurers.")},
                       parent)
{
    setColumns({165, 140, 150, 120, 100, 75, 200, 80}, 6);
}

QString ContactsPanel::reload(const Incident &)
{
    auto list = m_ctx.response.contacts(m_ctx.incidentId);
    if (!list)
        return QStringLiteral("The contacts log could not be read: %1").arg(list.error().message);
    clearRows();
    const QDateTime now = m_ctx.now();
    int law = 0;
    for (const ContactEntry &c : *list) {
        law += c.lawEnforcement();
        QStandardItem *party =
            ws::cell(c.lawEnforcement() ? QStringLiteral("⚑ Law enforcement") : c.partyType,
                     c.lawEnforcement() ? QStringLiteral("Contact with law enforcement") : QString());
        addRow({ws::timeCell(c.at, now), party, ws::cell(c.organisation), ws::cell(c.person), ws::cell(c.caseReference),
                ws::cell(c.channel), ws::cell(c.summary), ws::cell(c.recordedBy)},
               c.lawEnforcement());
    }
    if (list->isEmpty())
        setSummary({});
    else
        setSummary(QStringLiteral("%1 contact(s) · %2")
                       .arg(list->size())
                       .arg(law ? QStringLiteral("⚑ %1 with law enforcement").arg(law)
                                : QStringLiteral("none with law enforcement")));
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
