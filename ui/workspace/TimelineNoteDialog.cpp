#include "TimelineNoteDialog.h"

#include "InstantEdit.h"
#include "ui/DialogChrome.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace firebreak::ui {

TimelineNoteDialog::TimelineNoteDialog(const WorkspaceContext &ctx, QWidget *parent)
    : QDialog(parent), m_ctx(ctx), m_at(new InstantEdit(ctx.now(), this)), m_text(new QLineEdit(this)),
      m_source(new QLineEdit(this)), m_confidence(new QComboBox(this)),
      m_hint(chrome::hintLabel({}, QStringLiteral("validationHint"), this)), m_error(chrome::errorLabel(this)),
      m_buttons(chrome::buttonBox(tr("Add to timeline"), this))
{
    setObjectName(QStringLiteral("timelineQuickAdd"));
    setWindowTitle(tr("Add timeline entry — %1").arg(ctx.incidentId));
    setMinimumWidth(520);
    m_at->setEditorObjectName(QStringLiteral("timelineAtEdit"));
    m_text->setObjectName(QStringLiteral("timelineTextEdit"));
    m_text->setPlaceholderText(tr("What happened"));
    m_source->setObjectName(QStringLiteral("timelineSourceEdit"));
    m_source->setPlaceholderText(tr("Where this comes from: a log, a person, a tool"));
    m_confidence->setObjectName(QStringLiteral("timelineConfidenceCombo"));
    for (const QString &key : timelineConfidences())
        m_confidence->addItem(timelineConfidenceLabel(key), key);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&When:"), m_at);
    form->addRow(tr("&What:"), m_text);
    form->addRow(tr("&Source:"), m_source);
    form->addRow(tr("&Confidence:"), m_confidence);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &TimelineNoteDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &TimelineNoteDialog::reject);
    connect(m_text, &QLineEdit::textChanged, this, &TimelineNoteDialog::revalidate);
    revalidate();
    m_text->setFocus();
}

void TimelineNoteDialog::revalidate()
{
    const bool empty = m_text->text().trimmed().isEmpty();
    m_hint->setText(tr("Say what happened."));
    m_hint->setVisible(empty);
    chrome::okButton(m_buttons)->setEnabled(!empty);
}

void TimelineNoteDialog::accept()
{
    if (m_text->text().trimmed().isEmpty())
        return;
    TimelineNote n;
    n.incidentId = m_ctx.incidentId;
    n.at = m_at->value();
    n.text = m_text->text().trimmed();
    n.source = m_source->text().trimmed();
    n.confidence = m_confidence->currentData().toString();
    if (auto added = m_ctx.response.addTimelineNote(n); !added) {
        chrome::showError(m_error, tr("The entry was not added: %1").arg(added.error().message));
        return;
    }
    emit added();
    QDialog::accept();
}

} // namespace firebreak::ui
