#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace firebreak::ui::confirm {

// Destructive or irreversible actions confirm with the consequence spelled
// out (UX.md). The box is window-modal and opened with open(): nothing
// blocks, and `onYes` runs only if the user confirms.

enum class Answer { Ask, Yes, No };

// Test seam, as KeePassXC's MessageBox::setNextAnswer: the next ask()
// answers at once with `answer` instead of showing a box.
void setNextAnswer(Answer answer);

struct Question {
    QString objectName; // of the message box, for tests
    QString title;
    QString text;        // what will happen
    QString consequence; // what it means, in full
    QString yesText;     // names the action: "Close incident"
    QString noText = {}; // names the safe answer when "Cancel" would be ambiguous ("Keep imaging")
};

// `onYes` is dropped if `parent` is destroyed before the user answers.
void ask(QWidget *parent, const Question &question, std::function<void()> onYes);
// The same, with `onNo` run when the user declines (Cancel, Escape, closing
// the box): for questions whose "no" is itself recorded.
void ask(QWidget *parent, const Question &question, std::function<void()> onYes, std::function<void()> onNo);

} // namespace firebreak::ui::confirm
