#include "ReasonDialog.h"

#include "ui/DialogChrome.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace firebreak::ui {

ReasonDialog::ReasonDialog(const Spec &spec, Apply apply, QWidget *parent)
    : QDialog(parent), m_spec(spec), m_apply(std::move(apply)), m_edit(new QLineEdit(spec.initial, this)),
      m_hint(chrome::hintLabel({}, QStringLiteral("validationHint"), this)), m_error(chrome::errorLabel(this)),
      m_buttons(chrome::buttonBox(spec.okText, this))
{
    setObjectName(spec.objectName);
    setWindowTitle(spec.title);
    setMinimumWidth(460);
    m_edit->setObjectName(spec.editObjectName);
    m_edit->setPlaceholderText(spec.placeholder);

    auto *explanation = new QLabel(spec.explanation, this);
    explanation->setObjectName(QStringLiteral("explanationLabel"));
    explanation->setWordWrap(true);
    explanation->setVisible(!spec.explanation.isEmpty());

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(spec.label, m_edit);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ReasonDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ReasonDialog::reject);
    connect(m_edit, &QLineEdit::textChanged, this, &ReasonDialog::revalidate);
    revalidate();
    m_edit->setFocus();
}

QString ReasonDialog::text() const
{
    return m_edit->text().simplified();
}

void ReasonDialog::revalidate()
{
    const bool empty = text().isEmpty();
    m_hint->setText(m_spec.required);
    m_hint->setVisible(empty);
    chrome::okButton(m_buttons)->setEnabled(!empty);
}

void ReasonDialog::accept()
{
    if (text().isEmpty())
        return; // Enter in an empty field must not get past the check
    if (Status st = m_apply(text()); !st) {
        chrome::showError(m_error, st.error().message);
        return;
    }
    emit applied();
    QDialog::accept();
}

} // namespace firebreak::ui
