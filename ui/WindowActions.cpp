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
    newStore = make("newStoreAction", tr("&New Case Store…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N),
                    tr("Create an empty case store file"));
    openStore = make("openStoreAction", tr("&Open Case Store…"), QKeySequence::Open,
                     tr("Open a case file on this computer or a team store on a PostgreSQL server"));
    openStore->setIcon(themed(window, "document-open", QStyle::SP_DialogOpenButton));
    settings = make("settingsAction", tr("Se&ttings…"), QKeySequence(Qt::CTRL | Qt::Key_Comma),
                    tr("Examiner, organisation and logo, time zone, evidence folder, authority, alerts, language"));
    settings->setMenuRole(QAction::PreferencesRole);
    quit = make("quitAction", tr("&Quit"), QKeySequence(Qt::CTRL | Qt::Key_Q), tr("Quit Firebreak"));
    quit->setMenuRole(QAction::QuitRole);

    newIncident = make("newIncidentAction", tr("&New Incident…"), QKeySequence::New, tr("Open a new incident"));
    newIncident->setIcon(themed(window, "document-new", QStyle::SP_FileIcon));
    addPerson = make("addPersonAction", tr("Add &Person…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
                     tr("Add a person working on the selected incident"));
    addSystem = make("addSystemAction", tr("Add &System…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
                     tr("Record a system affected by the selected incident"));
    acquireImage = make("acquireImageAction", tr("&Acquire Image…"), QKeySequence(QStringLiteral("Ctrl+Shift+I")),
                        tr("Take a byte-for-byte image of a disk or file for the selected incident"));
    acquireImage->setIcon(themed(window, "drive-harddisk", QStyle::SP_DriveHDIcon));

    refresh = make("refreshAction", tr("&Refresh"), QKeySequence::Refresh,
                   tr("Reload incidents and re-verify the audit chain"));
    refresh->setIcon(themed(window, "view-refresh", QStyle::SP_BrowserReload));
    find = make("findAction", tr("&Filter Incidents"), QKeySequence::Find, tr("Filter the incident list"));
    verifyAudit = make("verifyAuditAction", tr("&Verify Audit Trail"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V),
                       tr("Walk the audit hash chain from its first entry"));
    about = make("aboutAction", tr("&About Firebreak"), QKeySequence(), tr("About Firebreak"));
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
    QMenu *file = bar->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    file->addActions({newStore, openStore});
    file->addSeparator();
    file->addAction(settings);
    file->addSeparator();
    file->addAction(quit);

    QMenu *incident = bar->addMenu(tr("&Incident"));
    incident->setObjectName(QStringLiteral("incidentMenu"));
    incident->addAction(newIncident);
    incident->addSeparator();
    incident->addActions({addPerson, addSystem, acquireImage});

    QMenu *view = bar->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    view->addActions({find, refresh, verifyAudit});

    QMenu *help = bar->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(about);
}

void WindowActions::buildToolBar(QMainWindow *window)
{
    QToolBar *bar = window->addToolBar(tr("Main"));
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
    if (!open)
        m_readOnly = false;
    for (QAction *a : {refresh, verifyAudit, find})
        a->setEnabled(open);
    newIncident->setEnabled(open && !m_readOnly);
    setIncidentSelected(m_incidentSelected);
}

void WindowActions::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    setStoreOpen(m_storeOpen);
}

void WindowActions::setIncidentSelected(bool selected)
{
    m_incidentSelected = selected;
    const bool writable = m_storeOpen && !m_readOnly;
    addPerson->setEnabled(writable && selected);
    addSystem->setEnabled(writable && selected);
    acquireImage->setEnabled(writable && selected); // an image is evidence of an incident
}

} // namespace firebreak::ui
