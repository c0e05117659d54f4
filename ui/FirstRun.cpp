#include "FirstRun.h"

#include "MainWindow.h"
#include "Preferences.h"
#include "WelcomeDialog.h"

#include <QSettings>
#include <QTimer>

namespace firebreak::ui {

WelcomeDialog *offerWelcome(MainWindow &window, QSettings &settings, std::function<void()> openDemo)
{
    if (ExaminerProfile::exists(settings))
        return nullptr;
    auto *welcome = new WelcomeDialog(settings, &window);
    welcome->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(welcome, &QDialog::accepted, &window, [&window, welcome, openDemo = std::move(openDemo)] {
        // Read now: the dialog is deleted once its close completes.
        const bool demo = welcome->demoRequested();
        applyProfileTimeZone(welcome->profile());
        QTimer::singleShot(0, &window, [&window, demo, openDemo] {
            if (demo && openDemo)
                openDemo();
            else if (window.store())
                window.openStore(window.store()->path()); // the audit trail now names the examiner
        });
    });
    welcome->open();
    return welcome;
}

} // namespace firebreak::ui
