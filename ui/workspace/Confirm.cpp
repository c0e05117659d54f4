#include "Confirm.h"

#include <QMessageBox>
#include <QPushButton>

namespace firebreak::ui::confirm {

namespace {
Answer s_next = Answer::Ask;
} // namespace

void setNextAnswer(Answer answer)
{
    s_next = answer;
}

void ask(QWidget *parent, const Question &question, std::function<void()> onYes)
{
    ask(parent, question, std::move(onYes), {});
}

void ask(QWidget *parent, const Question &question, std::function<void()> onYes, std::function<void()> onNo)
{
    if (s_next != Answer::Ask) {
        const Answer answer = s_next;
        s_next = Answer::Ask;
        if (answer == Answer::Yes)
            onYes();
        else if (onNo)
            onNo();
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Warning, question.title, question.text, QMessageBox::NoButton, parent);
    box->setObjectName(question.objectName);
    box->setInformativeText(question.consequence);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *yes = box->addButton(question.yesText, QMessageBox::AcceptRole);
    yes->setObjectName(QStringLiteral("confirmButton"));
    QPushButton *no = question.noText.isEmpty() ? box->addButton(QMessageBox::Cancel)
                                                : box->addButton(question.noText, QMessageBox::RejectRole);
    no->setObjectName(QStringLiteral("cancelButton"));
    // The safe answer is the default: Enter at 3 a.m. must not close anything.
    box->setDefaultButton(no);
    box->setEscapeButton(no);
    QObject::connect(box, &QMessageBox::finished, parent, [box, yes, onYes = std::move(onYes), onNo = std::move(onNo)] {
        if (box->clickedButton() == yes)
            onYes();
        else if (onNo)
            onNo();
    });
    box->open();
}

} // namespace firebreak::ui::confirm
