#pragma once

#include <functional>

class QSettings;

namespace firebreak::ui {

class MainWindow;
class WelcomeDialog;

// First run: when `settings` holds no profile yet, opens the welcome on top
// of `window` (window-modal, never blocking the store already open) and
// returns it; otherwise returns null. When the welcome is accepted, the
// profile's time zone is applied and then, once the dialog has finished
// closing, either `openDemo` runs (the user ticked the demo) or the
// window's store is reopened so the audit trail names the new examiner.
// That work is deferred because opening a store closes dialogs: doing it
// inside the dialog's own accept() deleted the dialog under its feet.
WelcomeDialog *offerWelcome(MainWindow &window, QSettings &settings, std::function<void()> openDemo);

} // namespace firebreak::ui
