#include "BreachFactsForm.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace firebreak::ui {

QPlainTextEdit *BreachFactsForm::textArea(const QString &name, const QString &placeholder, int lines)
{
    auto *edit = new QPlainTextEdit(this);
    edit->setObjectName(name);
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    connect(edit, &QPlainTextEdit::textChanged, this, &BreachFactsForm::edited);
    return edit;
}

QLineEdit *BreachFactsForm::line(const QString &name, const QString &placeholder)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(name);
    edit->setPlaceholderText(placeholder);
    connect(edit, &QLineEdit::textEdited, this, &BreachFactsForm::edited);
    return edit;
}

BreachFactsForm::BreachFactsForm(QWidget *parent)
    : QWidget(parent),
      m_nature(textArea(QStringLiteral("natureEdit"), tr("What happened, how and when, in plain words"), 4)),
      m_subjectCategories(line(QStringLiteral("subjectCategoriesEdit"), tr("e.g. employees, job applicants"))),
      m_subjectCount(line(QStringLiteral("subjectCountEdit"), tr("approximate, e.g. about 1,200"))),
      m_recordCategories(line(QStringLiteral("recordCategoriesEdit"), tr("e.g. payroll records, bank details"))),
      m_recordCount(line(QStringLiteral("recordCountEdit"), tr("approximate, e.g. 14,000 rows"))),
      m_contact(line(QStringLiteral("contactPointEdit"), tr("DPO or other contact point: name, e-mail, phone"))),
      m_consequences(
          textArea(QStringLiteral("consequencesEdit"), tr("Likely consequences for the people concerned"), 3)),
      m_measures(textArea(QStringLiteral("measuresEdit"), tr("Measures taken or proposed, including mitigation"), 3))
{
    setObjectName(QStringLiteral("breachFactsForm"));
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(QStringLiteral("(a) &Nature:"), m_nature);
    form->addRow(tr("Data &subjects:"), m_subjectCategories);
    form->addRow(tr("   how &many:"), m_subjectCount);
    form->addRow(tr("&Records:"), m_recordCategories);
    form->addRow(tr("   how m&any:"), m_recordCount);
    form->addRow(QStringLiteral("(b) &Contact point:"), m_contact);
    form->addRow(QStringLiteral("(c) Conse&quences:"), m_consequences);
    form->addRow(QStringLiteral("(d) M&easures:"), m_measures);
}

void BreachFactsForm::setDetails(const BreachDetails &d)
{
    m_loaded = d;
    const QSignalBlocker b1(m_nature), b2(m_consequences), b3(m_measures);
    m_nature->setPlainText(d.nature);
    m_subjectCategories->setText(d.subjectCategories);
    m_subjectCount->setText(d.subjectCount);
    m_recordCategories->setText(d.recordCategories);
    m_recordCount->setText(d.recordCount);
    m_contact->setText(d.contactPoint);
    m_consequences->setPlainText(d.consequences);
    m_measures->setPlainText(d.measures);
}

BreachDetails BreachFactsForm::details() const
{
    BreachDetails d = m_loaded;
    d.nature = m_nature->toPlainText().trimmed();
    d.subjectCategories = m_subjectCategories->text().trimmed();
    d.subjectCount = m_subjectCount->text().trimmed();
    d.recordCategories = m_recordCategories->text().trimmed();
    d.recordCount = m_recordCount->text().trimmed();
    d.contactPoint = m_contact->text().trimmed();
    d.consequences = m_consequences->toPlainText().trimmed();
    d.measures = m_measures->toPlainText().trimmed();
    return d;
}

} // namespace firebreak::ui
