#pragma once

#include <QString>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QWidget;

namespace firebreak::ui::chrome {

// Small shared pieces of every Firebreak form dialog, so they look and
// behave alike: a muted hint line, an inline error line that keeps the
// dialog open, and an OK/Cancel box with named buttons.

// Dynamic property of a dialog that does not depend on the open case store
// (the welcome, Settings): MainWindow leaves it open when it switches
// stores, instead of rejecting and deleting it with the store's dialogs.
inline constexpr char kKeepOnStoreChange[] = "firebreakKeepOnStoreChange";

// A muted, word-wrapped hint under a field.
QLabel *hintLabel(const QString &text, const QString &objectName, QWidget *parent);

// The inline error shown when the store refused a change; hidden until set.
QLabel *errorLabel(QWidget *parent);
void showError(QLabel *label, const QString &message);

// OK (named okButton, labelled `okText`) and Cancel (cancelButton).
QDialogButtonBox *buttonBox(const QString &okText, QWidget *parent);
QPushButton *okButton(QDialogButtonBox *box);

} // namespace firebreak::ui::chrome
