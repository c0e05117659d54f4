#include "RcaForm.h"

#include "WorkspaceStyle.h"
#include "ui/DialogChrome.h"
#include "ui/ReadOnlyGate.h"
#include "ui/TimeText.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace firebreak::ui {

RcaForm::RcaForm(const WorkspaceContext &ctx, QWidget *parent)
    : QWidget(parent), m_ctx(ctx), m_detection(new QLineEdit(this)), m_trigger(new QLineEdit(this)),
      m_rootCause(textEdit(QStringLiteral("rcaRootCauseEdit"), tr("The underlying cause, not the symptom"), 3)),
      m_contributing(textEdit(QStringLiteral("rcaContributingEdit"), tr("What made it possible or worse"), 2)),
      m_whys(new QListWidget(this)), m_addWhy(ws::button(tr("Add why"), QStringLiteral("rcaAddWhyButton"), this,
                                                         tr("Add the next “why?” to the chain"))),
      m_removeWhy(
          ws::button(tr("Remove"), QStringLiteral("rcaRemoveWhyButton"), this, tr("Remove the selected “why?”"))),
      m_wentWell(textEdit(QStringLiteral("rcaWentWellEdit"), tr("Keep doing"), 2)),
      m_wentWrong(textEdit(QStringLiteral("rcaWentWrongEdit"), tr("Fix"), 2)),
      m_gotLucky(textEdit(QStringLiteral("rcaGotLuckyEdit"), tr("Would have gone badly otherwise"), 2)),
      m_save(ws::button(tr("&Save RCA"), QStringLiteral("rcaSaveButton"), this,
                        tr("Save the root-cause analysis (recorded in the audit log)"))),
      m_reloadTheirs(ws::button(tr("Show &their version"), QStringLiteral("rcaReloadButton"), this,
                                tr("Replace your unsaved text with the version saved by the other user"))),
      m_status(new QLabel(this)), m_error(chrome::errorLabel(this))
{
    readonly::writes({m_addWhy, m_removeWhy, m_save});
    m_reloadTheirs->hide();
    setObjectName(QStringLiteral("rcaForm"));
    m_error->setObjectName(QStringLiteral("rcaErrorLabel"));
    m_detection->setObjectName(QStringLiteral("rcaDetectionEdit"));
    m_detection->setPlaceholderText(tr("How was the intrusion detected? e.g. EDR alert, user report"));
    m_trigger->setObjectName(QStringLiteral("rcaTriggerEdit"));
    m_trigger->setPlaceholderText(tr("What set it off"));
    m_whys->setObjectName(QStringLiteral("rcaWhysList"));
    m_whys->setAccessibleName(tr("Five whys"));
    m_whys->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::SelectedClicked);
    m_whys->setFixedHeight(m_whys->fontMetrics().height() * 5 + 16);
    m_status->setObjectName(QStringLiteral("rcaStatusLabel"));

    auto *whyButtons = new QVBoxLayout;
    whyButtons->addWidget(m_addWhy);
    whyButtons->addWidget(m_removeWhy);
    whyButtons->addStretch(1);
    auto *whyRow = new QHBoxLayout;
    whyRow->addWidget(m_whys, 1);
    whyRow->addLayout(whyButtons);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Detected by:"), m_detection);
    form->addRow(tr("&Trigger:"), m_trigger);
    form->addRow(tr("&Root cause:"), m_rootCause);
    form->addRow(tr("&Contributing:"), m_contributing);
    auto *whysLabel = new QLabel(tr("Five &whys:"), this);
    whysLabel->setBuddy(m_whys);
    form->addRow(whysLabel, whyRow);
    form->addRow(tr("Went &well:"), m_wentWell);
    form->addRow(tr("Went wr&ong:"), m_wentWrong);
    form->addRow(tr("Got &lucky:"), m_gotLucky);

    auto *saveRow = new QHBoxLayout;
    saveRow->setContentsMargins(6, 0, 6, 0);
    saveRow->addWidget(m_save);
    saveRow->addWidget(m_reloadTheirs);
    saveRow->addWidget(m_status, 1);

    // The fields scroll; Save and its status stay in view.
    auto *fields = new QWidget(this);
    fields->setObjectName(QStringLiteral("rcaFields"));
    auto *fieldsLayout = new QVBoxLayout(fields);
    fieldsLayout->setContentsMargins(6, 6, 6, 6);
    fieldsLayout->addLayout(form);
    fieldsLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("rcaScroll"));
    scroll->setWidget(fields);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 4);
    layout->setSpacing(4);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_error);
    layout->addLayout(saveRow);

    for (QLineEdit *e : {m_detection, m_trigger})
        connect(e, &QLineEdit::textChanged, this, [this] { setDirty(true); });
    for (QPlainTextEdit *e : {m_rootCause, m_contributing, m_wentWell, m_wentWrong, m_gotLucky})
        connect(e, &QPlainTextEdit::textChanged, this, [this] { setDirty(true); });
    connect(m_whys, &QListWidget::itemChanged, this, [this] { setDirty(true); });
    connect(m_addWhy, &QPushButton::clicked, this, &RcaForm::addWhy);
    connect(m_removeWhy, &QPushButton::clicked, this, &RcaForm::removeWhy);
    connect(m_save, &QPushButton::clicked, this, [this] { (void)save(); });
    // After a conflict: drop our unsaved text and load what the other user
    // saved (the error above still quotes who and when; copy first if needed).
    connect(m_reloadTheirs, &QPushButton::clicked, this, [this] {
        m_reloadTheirs->hide();
        chrome::showError(m_error, {});
        m_dirty = false;
        emit changed();
    });
}

QPlainTextEdit *RcaForm::textEdit(const QString &objectName, const QString &placeholder, int lines)
{
    auto *e = new QPlainTextEdit(this);
    e->setObjectName(objectName);
    e->setPlaceholderText(placeholder);
    e->setTabChangesFocus(true);
    e->setFixedHeight(e->fontMetrics().height() * lines + 12);
    return e;
}

QString RcaForm::reload(const Incident &incident)
{
    m_closed = incident.status == IncidentStatus::Closed;
    for (QWidget *w : std::initializer_list<QWidget *>{m_detection, m_trigger, m_rootCause, m_contributing, m_whys,
                                                       m_addWhy, m_removeWhy, m_wentWell, m_wentWrong, m_gotLucky})
        w->setEnabled(!m_closed);
    auto r = m_ctx.response.rca(m_ctx.incidentId);
    if (!r)
        return tr("The root-cause analysis could not be read: %1").arg(r.error().message);
    m_saved = *r;
    if (!m_dirty) {
        // Only text loaded from the store moves the basis: a live refresh
        // under unsaved edits must not turn a conflict into an overwrite.
        m_basisVersion = r->rowVersion;
        m_loading = true;
        m_detection->setText(r->detectionMethod);
        m_trigger->setText(r->trigger);
        m_rootCause->setPlainText(r->rootCause);
        m_contributing->setPlainText(r->contributingFactors);
        m_whys->clear();
        for (const QString &why : r->fiveWhys) {
            auto *item = new QListWidgetItem(why, m_whys);
            item->setFlags(item->flags() | Qt::ItemIsEditable);
        }
        m_wentWell->setPlainText(r->wentWell);
        m_wentWrong->setPlainText(r->wentWrong);
        m_gotLucky->setPlainText(r->gotLucky);
        m_loading = false;
    }
    setDirty(m_dirty);
    return {};
}

void RcaForm::setDirty(bool dirty)
{
    if (m_loading)
        return;
    m_dirty = dirty;
    m_save->setEnabled(dirty && !m_closed);
    if (dirty)
        m_status->setText(tr("<b>Unsaved changes</b> — Save RCA to record them"));
    else if (m_saved.updatedAt.isValid())
        m_status->setText(tr("Saved %1").arg(timetext::local(m_saved.updatedAt)));
    else
        m_status->setText(tr("Nothing recorded yet — the root cause is required before closing."));
}

void RcaForm::addWhy()
{
    auto *item = new QListWidgetItem(m_whys);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    m_whys->setCurrentItem(item);
    m_whys->editItem(item);
    setDirty(true);
}

void RcaForm::removeWhy()
{
    delete m_whys->currentItem();
    setDirty(true);
}

void RcaForm::focusRootCause()
{
    m_rootCause->setFocus();
}

Status RcaForm::save()
{
    RootCauseAnalysis r;
    r.incidentId = m_ctx.incidentId;
    r.detectionMethod = m_detection->text().trimmed();
    r.trigger = m_trigger->text().trimmed();
    r.rootCause = m_rootCause->toPlainText().trimmed();
    r.contributingFactors = m_contributing->toPlainText().trimmed();
    for (int i = 0; i < m_whys->count(); ++i)
        if (const QString why = m_whys->item(i)->text().trimmed(); !why.isEmpty())
            r.fiveWhys << why;
    r.wentWell = m_wentWell->toPlainText().trimmed();
    r.wentWrong = m_wentWrong->toPlainText().trimmed();
    r.gotLucky = m_gotLucky->toPlainText().trimmed();
    r.rowVersion = m_basisVersion;
    if (Status st = m_ctx.response.saveRca(r); !st) {
        chrome::showError(m_error, tr("The RCA was not saved (your text is kept): %1").arg(st.error().message));
        m_reloadTheirs->setVisible(st.error().kind == Error::Kind::Conflict);
        return st;
    }
    chrome::showError(m_error, {});
    m_reloadTheirs->hide();
    m_dirty = false;
    emit changed(); // the workspace reloads, which refreshes "Saved at"
    return {};
}

} // namespace firebreak::ui
