#include "WindowActions.h"

#include <QAction>
#include <QIcon>
#include <QMainWindow>
#include <QMenuBar>
#include <QStyle>
#include <QToolBar>

namespace firebreak::ui {

namespace {
QIcon themed(const QWidget *w, const char *name, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(QLatin1String(name), w->style()->standardIcon(fallback));
}
} // namespace

WindowActions::WindowActions(QMainWindow *window) : QObject(window)
{
    newStore = make("newStoreAction", QStringLiteral("&New Case Store…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N),
                    QStringLiteral("Create an empty case store file"));
    openStore = make("openStoreAction", QStringLiteral("&Open Case Store…"), QKeySequence::Open,
                     QStringLiteral("Open an existing case store file"));
    openStore->setIcon(themed(window, "document-open", QStyle::SP_DialogOpenButton));
    quit = make("quitAction", QStringLiteral("&Quit"), QKeySequence(Qt::CTRL | Qt::Key_Q), QStringLiteral("Quit Firebreak"));
    quit->setMenuRole(QAction::QuitRole);

    newIncident = make("newIncidentAction", QStringLiteral("&New Incident…"), QKeySequence::New,
                       QStringLiteral("Open a new incident"));
    newIncident->setIcon(themed(window, "document-new", QStyle::SP_FileIcon));
    addPerson = make("addPersonAction", QStringLiteral("Add &Person…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
                     QStringLiteral("Add a person working on the selected incident"));
    addSystem = make("addSystemAction", QStringLiteral("Add &System…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
                     QStringLiteral("Record a system affected by the selected incident"));
    acquireImage = make("acquireImageAction", QStringLiteral("&Acquire Image…"), QKeySequence(QStringLiteral("Ctrl+Shift+I")),
                        QStringLiteral("Take a byte-for-byte image of a disk or file for the selected incident"));
    acquireImage->setIcon(themed(window, "drive-harddisk", QStyle::SP_DriveHDIcon));

    refresh = make("refreshAction", QStringLiteral("&Refresh"), QKeySequence::Refresh,
                   QStringLiteral("Reload incidents and re-verify the audit chain"));
    refresh->setIcon(themed(window, "view-refresh", QStyle::SP_BrowserReload));
    find = make("findAction", QStringLiteral("&Filter Incidents"), QKeySequence::Find,
                QStringLiteral("Filter the incident list"));
    verifyAudit = make("verifyAuditAction", QStringLiteral("&Verify Audit Trail"),
                       QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V),
                       QStringLiteral("Walk the audit hash chain from its first entry"));
    about = make("aboutAction", QStringLiteral("&About Firebreak"), QKeySequence(), QStringLiteral("About Firebreak"));
    about->setMenuRole(QAction::AboutRole);

    buildMenus(window);
    buildToolBar(window);
    setStoreOpen(false);
}

QAction *WindowActions::make(const char *objectName, const QString &text, const QKeySequence &shortcut,
                             const QString &tip)
{
    auto *a = new QAction(text, parent());
    a->setObjectName(QLatin1String(objectName));
    a->setShortcut(shortcut);
    a->setShortcutVisibleInContextMenu(true);
    const QString keys = shortcut.toString(QKeySequence::NativeText);
    a->setToolTip(keys.isEmpty() ? tip : QStringLiteral("%1 (%2)").arg(tip, keys));
    a->setStatusTip(tip);
    return a;
}

void WindowActions::buildMenus(QMainWindow *window)
{
    QMenuBar *bar = window->menuBar();
    QMenu *file = bar->addMenu(QStringLiteral("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    file->addActions({newStore, openStore});
    file->addSeparator();
    file->addAction(quit);

    QMenu *incident = bar->addMenu(QStringLiteral("&Incident"));
    incident->setObjectName(QStringLiteral("incidentMenu"));
    incident->addAction(newIncident);
    incident->addSeparator();
    incident->addActions({addPerson, addSystem, acquireImage});

    QMenu *view = bar->addMenu(QStringLiteral("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    view->addActions({find, refresh, verifyAudit});

    QMenu *help = bar->addMenu(QStringLiteral("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(about);
}

void WindowActions::buildToolBar(QMainWindow *window)
{
    QToolBar *bar = window->addToolBar(QStringLiteral("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setFloatable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setIconSize(QSize(18, 18));
    bar->addAction(newIncident);
    bar->addAction(acquireImage);
    bar->addSeparator();
    bar->addAction(openStore);
    bar->addAction(refresh);
}

void WindowActions::setStoreOpen(bool open)
{
    m_storeOpen = open;
    for (QAction *a : {newIncident, refresh, verifyAudit, find})
        a->setEnabled(open);
    setIncidentSelected(m_incidentSelected);
}

void WindowActions::setIncidentSelected(bool selected)
{
    m_incidentSelected = selected;
    addPerson->setEnabled(m_storeOpen && selected);
    addSystem->setEnabled(m_storeOpen && selected);
    acquireImage->setEnabled(m_storeOpen && selected); // an image is evidence of an incident
}

} // namespace firebreak::ui
