#include "CustomerTextDialog.h"

#include "app/documents/Documents.h"
#include "model/CaseStore.h"
#include "model/response/ResponseService.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace firebreak::ui {

using namespace documents;

namespace {

QString fieldLabel(const IncidentFacts &f, const QString &field)
{
    if (!field.startsWith(QLatin1String("notice-")))
        return customerFieldLabel(field);
    const qint64 id = field.section(QLatin1Char(':'), 1).toLongLong();
    for (const ClockStatus &c : f.clocks)
        for (const Notice &n : c.notices)
            if (n.id == id)
                return field.startsWith(QLatin1String("notice-reference"))
                           ? CustomerTextDialog::tr("Reference of the notice: %1").arg(c.rule.title)
                           : CustomerTextDialog::tr("Reasons for the delay: %1").arg(c.rule.title);
    return field;
}

} // namespace

CustomerTextDialog::CustomerTextDialog(CaseStore &store, const IncidentFacts &facts, QWidget *parent)
    : QDialog(parent), m_store(store), m_incidentId(facts.incident.id)
{
    setObjectName(QStringLiteral("customerTextDialog"));
    setWindowTitle(tr("Customer texts — %1").arg(m_incidentId));
    auto *intro = new QLabel(tr("The Reason for Outage carries only what is written or approved here for the "
                                "customer, plus times, durations, counts and notification states. The internal "
                                "text on the left is the source; nothing of it is sent unless you write it on the "
                                "right. Each approval is recorded in the audit trail under your name."),
                             this);
    intro->setWordWrap(true);

    QStringList fields = customerTextSections();
    for (const ClockStatus &c : facts.clocks)
        for (const Notice &n : c.notices) {
            if (!n.reference.trimmed().isEmpty())
                fields << customerNoticeField(QStringLiteral("reference"), n.id);
            if (!n.delayReason.trimmed().isEmpty())
                fields << customerNoticeField(QStringLiteral("delay-reason"), n.id);
        }

    auto *grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("<b>Internal source</b>"), this), 0, 1);
    grid->addWidget(new QLabel(tr("<b>For the customer</b>"), this), 0, 2);
    int r = 1;
    for (const QString &field : fields) {
        auto *label = new QLabel(fieldLabel(facts, field), this);
        label->setWordWrap(true);
        auto *source = new QPlainTextEdit(this);
        source->setObjectName(QStringLiteral("source_") + field);
        source->setReadOnly(true);
        const QString internal = customerTextSource(facts, field);
        source->setPlainText(internal.isEmpty() ? tr("(nothing recorded)") : internal);
        auto *edit = new QPlainTextEdit(this);
        edit->setObjectName(QStringLiteral("customer_") + field);
        const CustomerText *approved = facts.customerTexts.find(field);
        m_original.insert(field, approved ? approved->text : QString());
        edit->setPlainText(m_original.value(field));
        edit->setPlaceholderText(tr("Not approved: left out of the customer's copy"));
        if (approved)
            edit->setToolTip(tr("Approved by %1 at %2 UTC")
                                 .arg(approved->approvedBy,
                                      approved->approvedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
        for (QPlainTextEdit *e : {source, edit})
            e->setFixedHeight(field == QLatin1String("title") ? 48 : 96);
        label->setBuddy(edit);
        grid->addWidget(label, r, 0, Qt::AlignTop);
        grid->addWidget(source, r, 1);
        grid->addWidget(edit, r, 2);
        m_edit.insert(field, edit);
        ++r;
    }
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);
    auto *inner = new QWidget(this);
    inner->setLayout(grid);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(inner);
    scroll->setWidgetResizable(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Approve for the customer"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("approveButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CustomerTextDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CustomerTextDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    resize(980, 640);
}

void CustomerTextDialog::accept()
{
    // Approvals are the only writes here; ResponseService needs no clocks for them.
    ResponseService response(m_store, nullptr);
    m_approved.clear();
    for (auto it = m_edit.cbegin(); it != m_edit.cend(); ++it) {
        const QString text = it.value()->toPlainText().trimmed();
        if (text == m_original.value(it.key()).trimmed())
            continue;
        auto saved = response.approveCustomerText(m_incidentId, it.key(), text);
        if (!saved) {
            QMessageBox::warning(this, windowTitle(),
                                 tr("Could not approve %1: %2\nThe fields approved before it are saved.")
                                     .arg(it.key(), saved.error().message));
            return;
        }
        m_original.insert(it.key(), text);
        m_approved << it.key();
    }
    QDialog::accept();
}

} // namespace firebreak::ui
